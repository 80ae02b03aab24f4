/**
 * Streets on land: a street's centre line may run over the drawn water only where a bridge carries it.
 * An embankment drawn a few metres into the river, or a street that runs on past its end into a
 * branch of the Neva, is drawn wrong. Each street is sampled every few metres in a local flat plane;
 * the water areas and the bridges are looked at only where their bounding boxes hold the sample, so
 * the whole plan is checked in some tens of milliseconds.
 */
import type { Position } from 'geojson';
import { MAP_EXTENT, type LonLat } from '../../model/extent.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { isWaterArea } from './water.ts';

/** A street is sampled this often along its line; each sample stands for the stretch around it. */
export const SAMPLE_STEP_M = 5;
/**
 * A sample over water this close to a bridge's line is on the bridge. A bridge line runs on its axis
 * about 15 m onto each bank, a bridge of 1917 is 15–30 m wide, and where a street meets a bridge the two
 * lines were drawn from different references (a street's drawn course is good to 10–20 m, README,
 * Accuracy): 25 m holds a street on its bridge without letting an embankment run along a river.
 */
export const BRIDGE_TOLERANCE_M = 25;
/**
 * A wet stretch this short or shorter is a touch, not a fault: the banks are drawn to some metres
 * (every water area is an estimate), and a street's end or a corner of an embankment may graze them.
 */
export const MAX_TOUCH_M = 15;

const METRES_PER_DEGREE = 111_320;
const KX = METRES_PER_DEGREE * Math.cos((((MAP_EXTENT.south + MAP_EXTENT.north) / 2) * Math.PI) / 180);

type Box = [west: number, south: number, east: number, north: number];

/** One stretch of a street over water where no bridge carries it. */
export interface WetRun {
  /** Which part of a MultiLineString (0 for a LineString). */
  part: number;
  metres: number;
  /** The sample in the middle of the stretch. */
  at: LonLat;
  /** The water area that sample lies in. */
  water: string;
}

const inBox = (b: Box, [x, y]: readonly number[], margin = 0) =>
  (x ?? NaN) >= b[0] - margin && (x ?? NaN) <= b[2] + margin && (y ?? NaN) >= b[1] - margin && (y ?? NaN) <= b[3] + margin;

/** Height of a band of the water index, in degrees of latitude (about 22 m). */
const BAND_DEG = 0.0002;

/**
 * "Which water area is this point in?" by crossing number: a ray east from the point crosses an
 * area's rings (outer and holes alike) an odd number of times if the point is inside it. The rings'
 * edges are filed in bands of latitude, so a point meets only the few dozen edges of its own band,
 * not the thousands of the whole river system, whose bounding boxes nearly all hold the centre.
 */
function waterIndex(data: DataSet): (point: LonLat) => string | undefined {
  const ids: string[] = [];
  const bands = new Map<number, [x1: number, y1: number, x2: number, y2: number, area: number][]>();
  for (const water of data.water.filter(isWaterArea)) {
    const area = ids.push(water.properties.id) - 1;
    const rings = water.geometry.type === 'Polygon' ? water.geometry.coordinates : water.geometry.coordinates.flat();
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1 = 0, y1 = 0] = ring[i - 1] as Position;
        const [x2 = 0, y2 = 0] = ring[i] as Position;
        for (let band = Math.floor(Math.min(y1, y2) / BAND_DEG); band <= Math.floor(Math.max(y1, y2) / BAND_DEG); band++) {
          const list = bands.get(band) ?? [];
          list.push([x1, y1, x2, y2, area]);
          bands.set(band, list);
        }
      }
    }
  }
  // A band lists its edges area by area (they were filed so), so each area's crossings are counted in turn.
  return ([x, y]) => {
    let area = -1;
    let crossings = 0;
    for (const [x1, y1, x2, y2, edgeArea] of bands.get(Math.floor(y / BAND_DEG)) ?? []) {
      if (edgeArea !== area) {
        if (crossings % 2 === 1) return ids[area];
        area = edgeArea;
        crossings = 0;
      }
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) crossings++;
    }
    return crossings % 2 === 1 ? ids[area] : undefined;
  };
}

const toPlane = ([lon = 0, lat = 0]: readonly number[]): [number, number] => [lon * KX, lat * METRES_PER_DEGREE];

/** Bridge segments in the plane, each with its box grown by the tolerance. */
function bridgeSegments(data: DataSet): { a: [number, number]; b: [number, number]; box: Box }[] {
  const t = BRIDGE_TOLERANCE_M;
  return data.bridges.flatMap((bridge) =>
    bridge.geometry.coordinates.slice(1).map((end, i) => {
      const a = toPlane(bridge.geometry.coordinates[i] ?? []);
      const b = toPlane(end);
      const box: Box = [Math.min(a[0], b[0]) - t, Math.min(a[1], b[1]) - t, Math.max(a[0], b[0]) + t, Math.max(a[1], b[1]) + t];
      return { a, b, box };
    }),
  );
}

function nearBridge(point: LonLat, segments: ReturnType<typeof bridgeSegments>): boolean {
  const p = toPlane(point);
  return segments.some(({ a, b, box }) => {
    if (!inBox(box, p)) return false;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const share = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(p[0] - (a[0] + share * dx), p[1] - (a[1] + share * dy)) <= BRIDGE_TOLERANCE_M;
  });
}

/** Samples along a line: the middle of each step of about SAMPLE_STEP_M, with the metres it stands for. */
function* samplesAlong(line: readonly Position[]): Generator<{ at: LonLat; metres: number }> {
  for (let i = 1; i < line.length; i++) {
    const [x1 = 0, y1 = 0] = line[i - 1] as Position;
    const [x2 = 0, y2 = 0] = line[i] as Position;
    const metres = Math.hypot((x2 - x1) * KX, (y2 - y1) * METRES_PER_DEGREE);
    const steps = Math.max(1, Math.ceil(metres / SAMPLE_STEP_M));
    for (let k = 0; k < steps; k++) {
      const t = (k + 0.5) / steps;
      yield { at: [x1 + t * (x2 - x1), y1 + t * (y2 - y1)], metres: metres / steps };
    }
  }
}

/**
 * Every stretch, longer than a touch, where a street runs over water with no bridge under it, by
 * street id (streets with none are left out).
 */
export function streetWetRuns(data: DataSet): Map<string, WetRun[]> {
  const waterAt = waterIndex(data);
  const bridges = bridgeSegments(data);
  const byStreet = new Map<string, WetRun[]>();
  for (const street of data.streets) {
    const parts = street.geometry.type === 'LineString' ? [street.geometry.coordinates] : street.geometry.coordinates;
    const runs: WetRun[] = [];
    parts.forEach((line, part) => {
      let run: { metres: number; samples: { at: LonLat; water: string }[] } | undefined;
      const close = () => {
        if (run && run.metres > MAX_TOUCH_M) {
          const middle = run.samples[Math.floor(run.samples.length / 2)];
          if (middle) runs.push({ part, metres: run.metres, at: middle.at, water: middle.water });
        }
        run = undefined;
      };
      for (const sample of samplesAlong(line)) {
        const water = waterAt(sample.at);
        if (water === undefined || nearBridge(sample.at, bridges)) {
          close();
          continue;
        }
        run ??= { metres: 0, samples: [] };
        run.metres += sample.metres;
        run.samples.push({ at: sample.at, water });
      }
      close();
    });
    if (runs.length > 0) byStreet.set(street.properties.id, runs);
  }
  return byStreet;
}

const where = (at: LonLat) => at.map((c) => c.toFixed(5)).join(', ');

export function checkStreetsOnLand(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  for (const [id, runs] of streetWetRuns(data)) {
    const total = runs.reduce((sum, run) => sum + run.metres, 0);
    const longest = runs.reduce((a, b) => (b.metres > a.metres ? b : a));
    const stretches = runs.length === 1 ? '' : ` in ${runs.length} stretches, the longest ${Math.round(longest.metres)} m`;
    problems.push({
      file: GEO_FILES.streets,
      featureId: id,
      field: 'geometry',
      message:
        `runs ${Math.round(total)} m over the water where no bridge carries it${stretches}, ` +
        `around [${where(longest.at)}] in ${GEO_FILES.water} › ${longest.water}: keep it on land or end it at the bank`,
    });
  }
  return problems;
}
