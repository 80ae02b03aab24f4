/**
 * The streets and footprints measured against published reference data (geo/control/): every street
 * against the OpenStreetMap outlines of buildings that carry its addresses, every footprint against
 * the published coordinates of its building. Canal bridges that carry a street give points on its axis. A building with an address on a street fronts it, so the
 * street's centre line passes within about half the street's width of the outline; the distance from
 * the line to the outline is the error measured. Prints the per-street figures for the README.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  booleanIntersects,
  booleanPointInPolygon,
  lineString,
  multiLineString,
  pointToLineDistance,
  pointToPolygonDistance,
  polygon,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEO_DIR } from './readGeoFiles.ts';

/** The accuracy the issue asks of the streets: median distance to the reference points. */
const STREET_MEDIAN_TARGET_M = 20;

const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(GEO_DIR, path), 'utf8')) as T;

interface StreetProps {
  id: string;
  uncertainty_m: number;
  name: { en: string };
}
type Street = Feature<LineString | MultiLineString, StreetProps>;
type Control = Feature<Polygon | Point, { street: string; address: string }>;

const streets = read<FeatureCollection<LineString | MultiLineString, StreetProps>>('basemap/streets.geojson').features;
const controls = read<FeatureCollection<Polygon | Point, { street: string; address: string }>>('control/streets.geojson').features;

function asLine(street: Street): Feature<LineString | MultiLineString> {
  return street.geometry.type === 'LineString'
    ? lineString(street.geometry.coordinates)
    : multiLineString(street.geometry.coordinates);
}

/**
 * Metres from the street's line to the building's outline (0 where the line touches it), or to a
 * published point on the street's axis (a bridge that carries it).
 */
function distanceToOutline(street: Street, control: Control): number {
  const line = asLine(street);
  if (control.geometry.type === 'Point') {
    const lines = street.geometry.type === 'LineString' ? [street.geometry.coordinates] : street.geometry.coordinates;
    const at = control.geometry.coordinates;
    return Math.min(...lines.map((coords) => pointToLineDistance(at, lineString(coords), { units: 'meters' })));
  }
  const outline = polygon(control.geometry.coordinates);
  if (booleanIntersects(line, outline)) return 0;
  const corners = control.geometry.coordinates[0] ?? [];
  const toLine = Math.min(...corners.map((corner) => pointToLineDistance(corner, line as Feature<LineString>, { units: 'meters' })));
  const lineCorners = street.geometry.type === 'LineString' ? street.geometry.coordinates : street.geometry.coordinates.flat();
  const toOutline = Math.min(...lineCorners.map((corner) => pointToPolygonDistance(corner, outline, { units: 'meters' })));
  return Math.min(toLine, toOutline);
}

/** The q-quantile with linear interpolation between neighbours (q = 0.5: the median). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)]!;
  const high = sorted[Math.ceil(at)]!;
  return low + (high - low) * (at - Math.floor(at));
}

const byId = new Map(streets.map((street) => [street.properties.id, street]));
const measured = new Map<string, number[]>();
for (const control of controls) {
  const street = byId.get(control.properties.street);
  if (!street) continue;
  measured.set(street.properties.id, [...(measured.get(street.properties.id) ?? []), distanceToOutline(street, control)]);
}

describe('streets against reference buildings (geo/control/streets.geojson)', () => {
  it('names only streets that exist', () => {
    const unknown = controls.map((c) => c.properties.street).filter((id) => !byId.has(id));
    expect(unknown).toEqual([]);
  });

  it('prints the per-street figures and keeps the median within the target', () => {
    const rows = [...measured.entries()]
      .map(([id, distances]) => ({
        id,
        n: distances.length,
        median: Math.round(quantile(distances, 0.5)),
        p90: Math.round(quantile(distances, 0.9)),
      }))
      .sort((a, b) => b.median - a.median);
    const all = [...measured.values()].flat();
    console.log(
      [
        `streets measured: ${rows.length} of ${streets.length}; reference outlines: ${all.length}`,
        `all: median ${Math.round(quantile(all, 0.5))} m, p90 ${Math.round(quantile(all, 0.9))} m`,
        ...rows.map((row) => `${row.id}\tn=${row.n}\tmedian ${row.median} m\tp90 ${row.p90} m`),
      ].join('\n'),
    );
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(quantile(all, 0.5)).toBeLessThanOrEqual(STREET_MEDIAN_TARGET_M);
  });

  it('keeps every street within the error it states', () => {
    const over = [...measured.entries()].flatMap(([id, distances]) => {
      const stated = byId.get(id)!.properties.uncertainty_m;
      const median = quantile(distances, 0.5);
      return median > stated ? [`${id}: median ${Math.round(median)} m, states ${stated} m`] : [];
    });
    expect(over).toEqual([]);
  });
});

interface FootprintProps {
  id: string;
  uncertainty_m: number;
}
const footprints = new Map<string, Feature<Polygon, FootprintProps>>(
  [
    ...read<FeatureCollection<Polygon, FootprintProps>>('buildings.geojson').features,
    ...read<FeatureCollection<Polygon, FootprintProps>>('strongholds.geojson').features,
  ].map((feature) => [feature.properties.id, feature]),
);
const published = read<FeatureCollection<Point, { footprint: string; published: string }>>('control/buildings.geojson').features;

describe('footprints against published building coordinates (geo/control/buildings.geojson)', () => {
  it.each(published.map((point) => [point.properties.footprint, point.properties.published, point] as const))(
    '%s holds %s',
    (id, _what, point) => {
      const footprint = footprints.get(id);
      expect(footprint, `no footprint ${id}`).toBeDefined();
      // The outer ring: a published centroid may fall in a building's own courtyard.
      const outer = polygon([footprint!.geometry.coordinates[0]!]);
      const inside = booleanPointInPolygon(point.geometry.coordinates, outer);
      const off = inside ? 0 : pointToPolygonDistance(point.geometry.coordinates, outer, { units: 'meters' });
      expect(off, `${id} is ${Math.round(off)} m from ${point.properties.published}`).toBeLessThanOrEqual(
        footprint!.properties.uncertainty_m,
      );
    },
  );
});
