/**
 * How far the streets lie from where they stood, measured against reference data (geo/control/streets.geojson):
 * OpenStreetMap outlines of buildings that carry an address on the street, and published points on a
 * street's axis (the centres of canal bridges that carry it). A building with an address on a street
 * fronts it, so the street's centre line passes within about half the street's width of its outline;
 * the distance from the line to the outline is the error measured. A line that runs into the building
 * is off by how deep it goes in (0 only where it grazes the outline): a street never runs through the
 * houses that carry its numbers.
 */
import { booleanIntersects, lineString, pointToLineDistance, pointToPolygonDistance, polygon } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Point, Polygon, Position } from 'geojson';

/** The accuracy the issue asks of the streets: the median distance to the reference data, in metres. */
export const STREET_MEDIAN_TARGET_M = 20;

export interface MeasuredStreetProps {
  id: string;
  uncertainty_m: number;
}
export type MeasuredStreet = Feature<LineString | MultiLineString, MeasuredStreetProps>;
export type StreetReference = Feature<Polygon | Point, { street: string; address: string }>;

export interface Spread {
  n: number;
  median: number;
  p90: number;
}

export interface StreetAccuracy {
  /** Every reference's distance, by street id (only streets with references). */
  byStreet: Map<string, number[]>;
  /** References naming a street that does not exist. */
  unknown: string[];
}

const parts = (street: MeasuredStreet): Position[][] =>
  street.geometry.type === 'LineString' ? [street.geometry.coordinates] : street.geometry.coordinates;

/** Metres per degree at St Petersburg's latitude, close enough to space samples along a line. */
const M_PER_DEG_LAT = 111_300;
const M_PER_DEG_LON = 55_800;
const SAMPLE_STEP_M = 4;

/** How far (m) the line runs inside the outline: the deepest of its points, sampled every few metres. */
function depthInside(coords: Position[], outline: Feature<Polygon>, ring: Position[]): number {
  const lons = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  let deepest = 0;
  for (let i = 1; i < coords.length; i++) {
    const [a, b] = [coords[i - 1]!, coords[i]!];
    if (Math.max(a[0]!, b[0]!) < west || Math.min(a[0]!, b[0]!) > east) continue;
    if (Math.max(a[1]!, b[1]!) < south || Math.min(a[1]!, b[1]!) > north) continue;
    const metres = Math.hypot((b[0]! - a[0]!) * M_PER_DEG_LON, (b[1]! - a[1]!) * M_PER_DEG_LAT);
    const steps = Math.max(1, Math.ceil(metres / SAMPLE_STEP_M));
    for (let k = 0; k <= steps; k++) {
      const at = [a[0]! + ((b[0]! - a[0]!) * k) / steps, a[1]! + ((b[1]! - a[1]!) * k) / steps];
      const signed = pointToPolygonDistance(at, outline, { units: 'meters' });
      if (signed < 0) deepest = Math.max(deepest, -signed);
    }
  }
  return deepest;
}

/** Metres from one part of a street's line to a reference outline or axis point. */
function distanceFromPart(coords: Position[], reference: StreetReference): number {
  const line = lineString(coords);
  if (reference.geometry.type === 'Point') {
    return pointToLineDistance(reference.geometry.coordinates, line, { units: 'meters' });
  }
  const outline = polygon(reference.geometry.coordinates);
  if (booleanIntersects(line, outline)) return depthInside(coords, outline, reference.geometry.coordinates[0] ?? []);
  const corners = reference.geometry.coordinates[0] ?? [];
  const cornerToLine = Math.min(...corners.map((c) => pointToLineDistance(c, line, { units: 'meters' })));
  const vertexToOutline = Math.min(...coords.map((v) => pointToPolygonDistance(v, outline, { units: 'meters' })));
  return Math.min(cornerToLine, vertexToOutline);
}

/** Metres from the street (the nearest of its parts: both banks of a canal embankment) to the reference. */
export function distanceToReference(street: MeasuredStreet, reference: StreetReference): number {
  return Math.min(...parts(street).map((coords) => distanceFromPart(coords, reference)));
}

export function measureStreets(streets: readonly MeasuredStreet[], references: readonly StreetReference[]): StreetAccuracy {
  const byId = new Map(streets.map((street) => [street.properties.id, street]));
  const byStreet = new Map<string, number[]>();
  const unknown: string[] = [];
  for (const reference of references) {
    const street = byId.get(reference.properties.street);
    if (!street) {
      unknown.push(reference.properties.street);
      continue;
    }
    byStreet.set(street.properties.id, [...(byStreet.get(street.properties.id) ?? []), distanceToReference(street, reference)]);
  }
  return { byStreet, unknown };
}

/** The q-quantile with linear interpolation between neighbours (q = 0.5: the median). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)]!;
  const high = sorted[Math.ceil(at)]!;
  return low + (high - low) * (at - Math.floor(at));
}

export const spread = (values: readonly number[]): Spread => ({
  n: values.length,
  median: quantile(values, 0.5),
  p90: quantile(values, 0.9),
});

/**
 * What fails the accuracy the data promises: the median over all references above the target, and every
 * street whose own median is above the error it states (so a street drawn 100 m off fails even where
 * the many good streets keep the overall median low).
 */
export function accuracyFailures(
  streets: readonly MeasuredStreet[],
  accuracy: StreetAccuracy,
  target = STREET_MEDIAN_TARGET_M,
): string[] {
  const failures: string[] = [];
  const all = [...accuracy.byStreet.values()].flat();
  const overall = quantile(all, 0.5);
  if (!(overall <= target)) failures.push(`all streets: median ${Math.round(overall)} m, target ${target} m`);
  const byId = new Map(streets.map((street) => [street.properties.id, street]));
  for (const [id, distances] of accuracy.byStreet) {
    const median = quantile(distances, 0.5);
    const stated = byId.get(id)!.properties.uncertainty_m;
    if (median > stated) failures.push(`${id}: median ${Math.round(median)} m, states ${stated} m`);
  }
  return failures;
}

/** The figures for the README: the count, median and 90th percentile over all and per street. */
export function accuracyReport(streets: readonly MeasuredStreet[], accuracy: StreetAccuracy): string {
  const all = spread([...accuracy.byStreet.values()].flat());
  const rows = [...accuracy.byStreet.entries()]
    .map(([id, distances]) => ({ id, ...spread(distances) }))
    .sort((a, b) => b.median - a.median || a.id.localeCompare(b.id));
  const m = (value: number) => `${Math.round(value)} m`;
  return [
    `streets measured: ${rows.length} of ${streets.length}; references: ${all.n}`,
    `all: median ${m(all.median)}, p90 ${m(all.p90)}`,
    ...rows.map((row) => `${row.id}\tn=${row.n}\tmedian ${m(row.median)}\tp90 ${m(row.p90)}`),
  ].join('\n');
}
