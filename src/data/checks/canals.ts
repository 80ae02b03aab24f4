/**
 * How far the drawn canals lie from published control points (geo/control/canals.geojson): a bridge's
 * published centre from the canal's centre line (its label line), and a building with an address on
 * the embankment from the canal's water. A building fronts the embankment roadway, so its distance
 * from the water is the roadway's width (about 10–25 m) plus the drawing's error: an upper bound on
 * the error. A building whose outline reaches into the water counts with the depth it reaches.
 * Distances are in a local flat projection, true to a few centimetres at this scale.
 */
import type { Position } from 'geojson';
import type { DataSet } from '../parse.ts';

const M_PER_DEG = 111_320;
const LAT0 = 59.94;
const KX = M_PER_DEG * Math.cos((LAT0 * Math.PI) / 180);

export interface CanalControl {
  id: string;
  kind: 'bridge-centre' | 'embankment-building';
  water: string;
  /** One position for a bridge centre, the outline's ring for a building. */
  at: Position[];
}

const toMetres = ([lon, lat]: Position): [number, number] => [
  ((lon ?? 0) - 30.3) * KX,
  ((lat ?? 0) - LAT0) * M_PER_DEG,
];

function toSegment([x, y]: [number, number], a: Position, b: Position): number {
  const [x1, y1] = toMetres(a);
  const [x2, y2] = toMetres(b);
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t =
    dx === 0 && dy === 0
      ? 0
      : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function toChain(point: Position, chain: readonly Position[]): number {
  const p = toMetres(point);
  let best = Infinity;
  for (let i = 0; i + 1 < chain.length; i++)
    best = Math.min(best, toSegment(p, chain[i] as Position, chain[i + 1] as Position));
  return best;
}

function insideRing([lon, lat]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as Position;
    const [xj = 0, yj = 0] = ring[j] as Position;
    if (yi > (lat ?? 0) !== yj > (lat ?? 0) && (lon ?? 0) < ((xj - xi) * ((lat ?? 0) - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

/** The rings of a water area, as lists of polygons (outer ring first, then holes). */
function polygonsOf(data: DataSet, water: string): Position[][][] {
  const feature = data.water.find((f) => f.properties.id === water);
  if (!feature) return [];
  const g = feature.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

function centreLine(data: DataSet, water: string): Position[] {
  const label = data.water.find((f) => f.properties.id === `${water}-label`);
  return label?.geometry.type === 'LineString' ? label.geometry.coordinates : [];
}

/** Distance in metres of each control point from the drawing (see the module's note for what is measured). */
export function canalDistances(data: DataSet, points: readonly CanalControl[]): number[] {
  return points.map((p) => {
    if (p.kind === 'bridge-centre') return toChain(p.at[0] ?? [], centreLine(data, p.water));
    const polygons = polygonsOf(data, p.water);
    if (polygons.length === 0) return Infinity;
    let outside = Infinity;
    let depth = 0;
    for (const corner of p.at) {
      const d = Math.min(...polygons.flat().map((ring) => toChain(corner, ring)));
      const wet = polygons.some(
        ([outer = [], ...holes]) =>
          insideRing(corner, outer) && !holes.some((hole) => insideRing(corner, hole)),
      );
      if (wet) depth = Math.max(depth, d);
      else outside = Math.min(outside, d);
    }
    return depth > 0 ? depth : outside;
  });
}
