/**
 * Water over land: no water area may cover land (the old painted river lines covered ~95 ha). Polygon
 * intersection is slow and its library large, so only the build, the CLI and the tests run this
 * check (src/data/validate.ts); the app, loading data the build already passed, leaves it out.
 */
import { area, bbox, booleanPointInPolygon, intersect, length, pointOnFeature } from '@turf/turf';
import type { BBox, Position } from 'geojson';
import type { LandFeature, WaterAreaFeature } from '../../model/schemas.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { type Area, areaOf, isWaterArea } from './water.ts';

/**
 * Where water and land share a bank, rounding to 6 decimals (≈ 0.1 m) leaves slivers: an overlap this
 * small, or thinner than this on average (area ÷ half its perimeter), is rounding, not water over land.
 */
export const MAX_OVERLAP_M2 = 25;
export const MAX_SLIVER_M = 0.3;

const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const boxHolds = (b: BBox, p: Position) =>
  (p[0] ?? NaN) >= b[0] && (p[0] ?? NaN) <= b[2] && (p[1] ?? NaN) >= b[1] && (p[1] ?? NaN) <= b[3];

/** How far inside an area a sample is taken, and how often along its edge. */
const PROBE_DEPTH_M = 2;
const PROBE_STEP_M = 25;
const M_PER_DEG_LAT = 111_320;

/** Points 2 m inside an area, about every 25 m along each edge of its rings (edges under 6 m are skipped). */
function probesInside(shape: Area): Position[] {
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const probes: Position[] = [];
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      // signed area > 0: counter-clockwise; the area's inside is left of an outer ring that runs so,
      // and right of a hole that does
      let twice = 0;
      for (let i = 0; i + 1 < ring.length; i++)
        twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
      const insideIsLeft = twice > 0 === (index === 0);
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i] as [number, number];
        const [x2, y2] = ring[i + 1] as [number, number];
        const kx = M_PER_DEG_LAT * Math.cos((y1 * Math.PI) / 180);
        const dx = (x2 - x1) * kx;
        const dy = (y2 - y1) * M_PER_DEG_LAT;
        const edge = Math.hypot(dx, dy);
        if (edge === 0) continue;
        const side = insideIsLeft ? 1 : -1;
        const nx = ((-dy / edge) * side * PROBE_DEPTH_M) / kx;
        const ny = ((dx / edge) * side * PROBE_DEPTH_M) / M_PER_DEG_LAT;
        // away from the corners: at a sharp corner a point 2 m off one edge can fall across the other
        if (edge < 3 * PROBE_DEPTH_M) continue;
        const count = Math.max(1, Math.round(edge / PROBE_STEP_M));
        for (let k = 0; k < count; k++) {
          const t = (k + 0.5) / count;
          probes.push([x1 + t * (x2 - x1) + nx, y1 + t * (y2 - y1) + ny]);
        }
      }
    });
  }
  return probes;
}

interface Located {
  id: string;
  shape: Area;
  box: BBox;
}

/** Pairs (a, b) where some point 2 m inside a lies inside b. */
function reachingInto(from: Located[], into: Located[]): [Located, Located][] {
  const pairs: [Located, Located][] = [];
  for (const a of from) {
    const candidates = into.filter((b) => boxesMeet(a.box, b.box));
    if (candidates.length === 0) continue;
    const hit = new Set<Located>();
    for (const probe of probesInside(a.shape)) {
      for (const b of candidates) {
        if (!hit.has(b) && boxHolds(b.box, probe) && booleanPointInPolygon(probe, b.shape)) hit.add(b);
      }
    }
    for (const b of hit) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Every piece of land a water area covers, with its size and a point inside it. Probes 2 m inside
 * each area's edges find the candidate pairs quickly; only those pairs are intersected and measured.
 */
export function waterOverLand(
  data: DataSet,
): { waterId: string; landId: string; m2: number; at: [number, number] }[] {
  const located = (feature: LandFeature | WaterAreaFeature): Located => {
    const shape = areaOf(feature);
    return { id: feature.properties.id, shape, box: bbox(shape) };
  };
  const lands = data.land.map(located);
  const waters = data.water.filter(isWaterArea).map(located);
  const pairs = new Map<string, [Located, Located]>();
  for (const [water, land] of reachingInto(waters, lands)) pairs.set(`${water.id} ${land.id}`, [water, land]);
  for (const [land, water] of reachingInto(lands, waters)) pairs.set(`${water.id} ${land.id}`, [water, land]);
  const found: { waterId: string; landId: string; m2: number; at: [number, number] }[] = [];
  for (const [water, land] of pairs.values()) {
    const common = intersect({ type: 'FeatureCollection', features: [water.shape, land.shape] });
    if (!common) continue;
    const m2 = area(common);
    const thickness = m2 / ((length(common, { units: 'meters' }) || 1) / 2);
    if (m2 <= MAX_OVERLAP_M2 || thickness < MAX_SLIVER_M) continue;
    const at = pointOnFeature(common).geometry.coordinates as [number, number];
    found.push({ waterId: water.id, landId: land.id, m2, at });
  }
  return found.sort((a, b) => a.waterId.localeCompare(b.waterId) || a.landId.localeCompare(b.landId));
}

export function checkWaterOverLand(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  for (const overlap of waterOverLand(data)) {
    const where = overlap.at.map((c) => c.toFixed(5)).join(', ');
    problems.push({
      file: GEO_FILES.water,
      featureId: overlap.waterId,
      field: 'geometry',
      message: `covers ${Math.round(overlap.m2)} m² of land (${GEO_FILES.land} › ${overlap.landId}) around [${where}]; water and land may share a bank but not overlap`,
    });
  }
  return problems;
}
