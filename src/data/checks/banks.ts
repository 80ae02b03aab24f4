/**
 * How far published bank points lie from the drawn banks. The banks are the edges of the land
 * polygons (land is what the water leaves), without the edges that only close a polygon at the map's
 * border. Distances are measured in a local flat projection, true to a few centimetres at this scale.
 */
import type { Position } from 'geojson';
import { MAP_EXTENT } from '../../model/extent.ts';
import type { DataSet } from '../parse.ts';

const M_PER_DEG = 111_320;
/** An edge is the map's border, not a bank, when both its ends lie this close to the extent's edge. */
const BORDER_DEG = 1e-6;

type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

function onBorder([lon, lat]: Position): boolean {
  return (
    Math.abs((lon ?? 0) - MAP_EXTENT.west) < BORDER_DEG ||
    Math.abs((lon ?? 0) - MAP_EXTENT.east) < BORDER_DEG ||
    Math.abs((lat ?? 0) - MAP_EXTENT.south) < BORDER_DEG ||
    Math.abs((lat ?? 0) - MAP_EXTENT.north) < BORDER_DEG
  );
}

/** Every bank edge of the land, in metres from a reference point near the city centre. */
export function bankSegments(data: DataSet): { segments: Segment[]; toMetres: (p: Position) => [number, number] } {
  const lat0 = (MAP_EXTENT.south + MAP_EXTENT.north) / 2;
  const kx = M_PER_DEG * Math.cos((lat0 * Math.PI) / 180);
  const toMetres = ([lon, lat]: Position): [number, number] => [((lon ?? 0) - MAP_EXTENT.west) * kx, ((lat ?? 0) - lat0) * M_PER_DEG];
  const segments: Segment[] = [];
  for (const land of data.land) {
    const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        if (onBorder(a) && onBorder(b)) continue;
        const [x1, y1] = toMetres(a);
        const [x2, y2] = toMetres(b);
        segments.push([x1, y1, x2, y2]);
      }
    }
  }
  return { segments, toMetres };
}

function toSegment([x, y]: [number, number], [x1, y1, x2, y2]: Segment): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Distance in metres from each point to the nearest drawn bank. */
export function distancesToBanks(data: DataSet, points: readonly Position[]): number[] {
  const { segments, toMetres } = bankSegments(data);
  return points.map((point) => {
    const p = toMetres(point);
    let best = Infinity;
    for (const segment of segments) best = Math.min(best, toSegment(p, segment));
    return best;
  });
}

/** Inside a ring (even-odd), in degrees: enough for points metres from an edge. */
function inRing([lon, lat]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > (lat ?? 0) !== yj > (lat ?? 0) && (lon ?? 0) < ((xj - xi) * ((lat ?? 0) - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies on the drawn land (inside an outer ring and outside its holes). */
export function onLand(data: DataSet, point: Position): boolean {
  return data.land.some((land) => {
    const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
    return polygons.some(([outer = [], ...holes]) => inRing(point, outer) && !holes.some((hole) => inRing(point, hole)));
  });
}

/**
 * Signed distance in metres from each point to the nearest drawn bank: positive on land, negative
 * in the water. A point on the waterline is 0; a monument 5 m inland of it should read +5.
 */
export function signedDistancesToBanks(data: DataSet, points: readonly Position[]): number[] {
  const distances = distancesToBanks(data, points);
  return points.map((point, index) => (distances[index] ?? NaN) * (onLand(data, point) ? 1 : -1));
}

export interface Spread {
  count: number;
  median: number;
  p90: number;
  max: number;
}

/** Median, 90th percentile (nearest rank) and maximum of a list of distances. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const middle = sorted.length / 2;
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2 === 1
        ? (sorted[Math.floor(middle)] ?? NaN)
        : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  return { count: sorted.length, median, p90: rank(0.9), max: sorted.at(-1) ?? NaN };
}
