/**
 * The drawn 1917 banks against published bank points (geo/control/banks.geojson: the ends of
 * published bridges), and the rules that keep water and land apart. The numbers it prints go into
 * the README's accuracy table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { along, booleanPointInPolygon, length, lineString, point } from '@turf/turf';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GEO_DIR, readGeoFiles } from '../readGeoFiles.ts';
import type { DataSet } from '../parse.ts';
import { validateTexts } from '../validate.ts';
import { distancesToBanks, signedDistancesToBanks, spread } from './banks.ts';
import { areaOf, isWaterArea } from './water.ts';
import { waterOverLand } from './waterOverLand.ts';

const ControlPoints = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({ id: z.string(), water: z.string(), kind: z.string() }).loose(),
    }),
  ),
});

/** The centre of the story, where the targets hold: the Neva from Smolny to below the Nikolaevsky Bridge, the canals. */
const CENTRE = { west: 30.27, south: 59.91, east: 30.41, north: 59.96 };
const TARGET = { median: 25, p90: 60 };

let data: DataSet;
let points: { id: string; water: string; at: Position }[];

beforeAll(() => {
  const result = validateTexts(readGeoFiles(GEO_DIR));
  if (!result.ok) throw new Error(`geo/ does not validate: ${result.problems.length} problems`);
  data = result.data;
  const raw: unknown = JSON.parse(readFileSync(resolve(GEO_DIR, 'control/banks.geojson'), 'utf8'));
  points = ControlPoints.parse(raw).features.map((f) => ({ id: f.properties.id, water: f.properties.water, at: f.geometry.coordinates }));
});

const inCentre = ([lon, lat]: Position) =>
  (lon ?? 0) >= CENTRE.west && (lon ?? 0) <= CENTRE.east && (lat ?? 0) >= CENTRE.south && (lat ?? 0) <= CENTRE.north;
const metres = (value: number) => `${Math.round(value)} m`;

describe('the 1917 banks against published bank points', () => {
  it('has control points for the Neva and the canals', () => {
    expect(points.length).toBeGreaterThanOrEqual(40);
    expect(new Set(points.map((p) => p.water)).size).toBeGreaterThanOrEqual(5);
  });

  it(`lies within ${TARGET.median} m (median) and ${TARGET.p90} m (90th percentile) of them in the centre`, () => {
    const distances = distancesToBanks(data, points.map((p) => p.at));
    const rows = new Map<string, number[]>();
    points.forEach((p, index) => rows.set(p.water, [...(rows.get(p.water) ?? []), distances[index] ?? NaN]));
    const table = [...rows.entries()].map(([water, list]) => ({ water, ...spread(list) }));
    const all = spread(distances);
    const centre = spread(distances.filter((_, index) => inCentre(points[index]?.at ?? [])));
    console.log(
      [
        'bank distances to published points (count, median, p90, max):',
        ...table.map((row) => `  ${row.water.padEnd(22)} ${String(row.count).padStart(3)}  ${metres(row.median).padStart(6)}  ${metres(row.p90).padStart(6)}  ${metres(row.max).padStart(6)}`),
        `  ${'all'.padEnd(22)} ${String(all.count).padStart(3)}  ${metres(all.median).padStart(6)}  ${metres(all.p90).padStart(6)}  ${metres(all.max).padStart(6)}`,
        `  ${'centre'.padEnd(22)} ${String(centre.count).padStart(3)}  ${metres(centre.median).padStart(6)}  ${metres(centre.p90).padStart(6)}  ${metres(centre.max).padStart(6)}`,
        ...points.map((p, index) => ({ id: p.id, d: distances[index] ?? 0 })).filter((p) => p.d > TARGET.p90).map((p) => `  far: ${p.id} ${metres(p.d)}`),
      ].join('\n'),
    );
    expect(centre.count).toBeGreaterThanOrEqual(30);
    expect(centre.median).toBeLessThanOrEqual(TARGET.median);
    expect(centre.p90).toBeLessThanOrEqual(TARGET.p90);
  });

  it('would notice banks drawn 100 m off', () => {
    // the measure itself can fail: the same points moved 100 m north are far from every bank
    const moved = points.map((p) => [(p.at[0] ?? 0), (p.at[1] ?? 0) + 100 / 111_320] as Position);
    expect(spread(distancesToBanks(data, moved)).median).toBeGreaterThan(TARGET.median);
  });
});

const IndependentPoints = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z
        .object({
          id: z.string(),
          water: z.string(),
          reach: z.string(),
          kind: z.string(),
          offset_m: z.number(),
          tolerance_m: z.number(),
          used_for_drawing: z.boolean(),
        })
        .loose(),
    }),
  ),
});
type IndependentPoint = z.infer<typeof IndependentPoints>['features'][number];

/** |signed distance to the drawn bank − the object's published distance from the water|, in metres. */
const errorsOf = (list: readonly IndependentPoint[], shiftNorthM = 0) =>
  signedDistancesToBanks(
    data,
    list.map((f) => [f.geometry.coordinates[0], f.geometry.coordinates[1] + shiftNorthM / 111_320]),
  ).map((signed, index) => Math.abs(signed - (list[index]?.properties.offset_m ?? 0)));

describe('the 1917 banks against independent points (geo/control/banks-independent.geojson)', () => {
  let independent: IndependentPoint[];
  /** The points no drawing went through: what measures the drawing. */
  let measured: IndependentPoint[];
  beforeAll(() => {
    const raw: unknown = JSON.parse(readFileSync(resolve(GEO_DIR, 'control/banks-independent.geojson'), 'utf8'));
    independent = IndependentPoints.parse(raw).features;
    measured = independent.filter((f) => !f.properties.used_for_drawing);
  });

  it('keeps a held-out set that no drawing went through', () => {
    expect(independent.length).toBeGreaterThanOrEqual(12);
    expect(measured.filter((f) => inCentre(f.geometry.coordinates)).length).toBeGreaterThanOrEqual(6);
  });

  it(`lies within ${TARGET.median} m (median) and ${TARGET.p90} m (90th percentile) of them in the centre`, () => {
    const errors = errorsOf(measured);
    const reaches = new Map<string, number[]>();
    measured.forEach((f, index) => reaches.set(f.properties.reach, [...(reaches.get(f.properties.reach) ?? []), errors[index] ?? NaN]));
    const row = (label: string, list: readonly number[]) => {
      const s = spread(list);
      return `  ${label.padEnd(22)} ${String(s.count).padStart(3)}  ${metres(s.median).padStart(6)}  ${metres(s.p90).padStart(6)}  ${metres(s.max).padStart(6)}`;
    };
    const centre = errors.filter((_, index) => inCentre(measured[index]?.geometry.coordinates ?? []));
    console.log(
      [
        'bank errors at independent points not used for drawing (count, median, p90, max):',
        ...[...reaches.entries()].map(([reach, list]) => row(reach, list)),
        row('all', errors),
        row('centre', centre),
        ...measured.map((f, index) => `  ${f.properties.id.padEnd(34)} ${metres(errors[index] ?? NaN).padStart(6)}`),
      ].join('\n'),
    );
    const drawnThrough = independent.filter((f) => f.properties.used_for_drawing);
    const fit = errorsOf(drawnThrough);
    console.log(
      [
        'the same, at the points the redrawing went through (a fit, not a measure):',
        ...drawnThrough.map((f, index) => `  ${f.properties.id.padEnd(34)} ${metres(fit[index] ?? NaN).padStart(6)}`),
      ].join('\n'),
    );
    expect(spread(centre).median).toBeLessThanOrEqual(TARGET.median);
    expect(spread(centre).p90).toBeLessThanOrEqual(TARGET.p90);
  });

  it('would notice the same points 60 m off', () => {
    // the measure can fail: shifted north by 60 m, the points' errors pass the targets
    const shifted = spread(errorsOf(measured.filter((f) => inCentre(f.geometry.coordinates)), 60));
    expect(shifted.median > TARGET.median || shifted.p90 > TARGET.p90).toBe(true);
  });
});

describe('water and land', () => {
  it('paints no water over land: the water areas and the land share banks but do not overlap', () => {
    const overlaps = waterOverLand(data);
    const hectares = overlaps.reduce((sum, overlap) => sum + overlap.m2, 0) / 10_000;
    console.log(`water over land: ${hectares.toFixed(2)} ha in ${overlaps.length} places`);
    expect(overlaps).toEqual([]);
  });

  it('paints no water line: every water line is a label without a width', () => {
    for (const water of data.water) {
      if (water.geometry.type === 'LineString' || water.geometry.type === 'MultiLineString') {
        expect(water.properties.kind, water.properties.id).toBe('label');
        expect(water.properties, water.properties.id).not.toHaveProperty('width_m');
      }
    }
  });

  it('has every bridge span water and end on land', () => {
    const areas = data.water.filter(isWaterArea).map(areaOf);
    const inWater = (position: Position) => areas.some((area) => booleanPointInPolygon(point(position), area));
    const lands = data.land.map(areaOf);
    const onLand = (position: Position) => lands.some((area) => booleanPointInPolygon(point(position), area));
    expect(data.bridges.length).toBeGreaterThanOrEqual(30);
    for (const bridge of data.bridges) {
      const line = lineString(bridge.geometry.coordinates);
      const first = bridge.geometry.coordinates[0] ?? [];
      const last = bridge.geometry.coordinates.at(-1) ?? [];
      const middle = along(line, length(line) / 2).geometry.coordinates;
      expect(onLand(first) && onLand(last), `${bridge.properties.id} ends on land`).toBe(true);
      expect(inWater(middle) || [0.35, 0.65].some((share) => inWater(along(line, length(line) * share).geometry.coordinates)), `${bridge.properties.id} spans water`).toBe(true);
    }
  });
});
