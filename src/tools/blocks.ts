/**
 * npm run blocks — rebuilds the city blocks of geo/basemap/blocks.geojson from the data they come from:
 * the land of basemap/land.geojson within the centre, less a corridor along every street of
 * basemap/streets.geojson (a typical width for its kind), less the parks and the squares (the squares
 * are drawn by hand and kept in blocks.geojson; this rewrites only its blocks). The file records a
 * digest of those inputs, and src/tools/blocks.test.ts fails when the inputs have moved on since.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  area,
  bbox,
  bboxPolygon,
  bearing,
  booleanIntersects,
  booleanPointInPolygon,
  buffer,
  centroid,
  destination,
  difference,
  featureCollection,
  intersect,
  lineString,
  multiLineString,
  nearestPointOnLine,
  polygon,
  polygonToLine,
  rewind,
  simplify,
  union,
} from '@turf/turf';
import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { GEO_DIR } from '../data/readGeoFiles.ts';

/** The centre the blocks cover: west, south, east, north. */
export const CENTRE: BBox = [30.268, 59.912, 30.392, 59.962];
/** Typical roadway between the house fronts by street type and rank, metres (not measured widths). */
const WIDTH_M: Record<string, number> = {
  'prospect/major': 32,
  'prospect/minor': 24,
  'street/major': 24,
  'street/minor': 16,
  'lane/minor': 10,
  'embankment/major': 24,
  'embankment/minor': 18,
  'square/major': 20,
  'square/minor': 20,
};
const DEFAULT_WIDTH_M = 16;
/** Blocks stand back this far from the drawn bank, so no corner falls in the water once rounded. */
const BANK_MARGIN_M = 4;
/** A street end runs on this far, and an end this near another street (or the bank) is joined to it. */
const REACH_M = 10;
const SNAP_M = 70;
const CONNECTOR_WIDTH_M = 12;
/** Slivers are no blocks; land larger than this that no drawn street divides is left as paper. */
const MIN_HA = 0.12;
const MAX_HA = 30;
const SIMPLIFY_DEG = 0.00002;
/** Land that holds no city blocks: Zayachy Island is the fortress (its own footprint) and open ground round it. */
const OPEN_LAND = new Set(['island-zayachy']);
/** Bump when the method changes, so the digest (and the currency test) follows. */
const METHOD = 'v2';

export const BLOCKS_FILE = 'basemap/blocks.geojson';
const INPUT_FILES = ['basemap/land.geojson', 'basemap/parks.geojson', 'basemap/streets.geojson'] as const;

interface StreetProps {
  id: string;
  type: string;
  rank: string;
}
type Street = Feature<LineString | MultiLineString, StreetProps>;
type Area = Feature<Polygon | MultiPolygon>;
export interface BlocksFile extends FeatureCollection<Polygon> {
  generated_from?: { sha256: string; by: string };
}

const readText = (path: string) => readFileSync(resolve(GEO_DIR, path), 'utf8');

/** The squares of blocks.geojson: drawn by hand, an input to the blocks, never rewritten. */
export function squaresOf(file: BlocksFile): Feature<Polygon>[] {
  return file.features.filter((feature) => feature.properties?.kind === 'square');
}

/** A digest of everything the blocks are cut from: the input files, the squares and the method. */
export function inputsDigest(file: BlocksFile): string {
  const hash = createHash('sha256');
  for (const path of INPUT_FILES) hash.update(readText(path));
  hash.update(JSON.stringify(squaresOf(file)));
  hash.update(METHOD);
  return hash.digest('hex');
}

const linesOf = (street: Street): Position[][] =>
  street.geometry.type === 'LineString' ? [street.geometry.coordinates] : street.geometry.coordinates;

/** The street with each end run on by REACH_M along its last leg. */
function extended(street: Street): Feature<MultiLineString> {
  const runOn = (from: Position, to: Position) => destination(to, REACH_M / 1000, bearing(from, to)).geometry.coordinates;
  return multiLineString(
    linesOf(street).map((line) =>
      line.length < 2 ? line : [runOn(line[1]!, line[0]!), ...line, runOn(line.at(-2)!, line.at(-1)!)],
    ),
  );
}

/** Joins each street end within SNAP_M of another street (or else of the bank) to its nearest point. */
function connectors(streets: Street[], land: Area[], centre: Feature<Polygon>): Feature<LineString>[] {
  const banks = land.flatMap((feature) => {
    const outline = polygonToLine(feature);
    return outline.type === 'FeatureCollection' ? outline.features : [outline];
  });
  const near = streets.map((street) => ({ street, box: bbox(buffer(street, SNAP_M, { units: 'meters' })!) }));
  const joins: Feature<LineString>[] = [];
  for (const street of streets) {
    for (const line of linesOf(street)) {
      for (const end of [line[0]!, line.at(-1)!]) {
        if (!booleanPointInPolygon(end, centre)) continue;
        let best: { metres: number; to: Position } | undefined;
        for (const { street: other, box } of near) {
          if (other === street || end[0]! < box[0] || end[0]! > box[2] || end[1]! < box[1] || end[1]! > box[3]) continue;
          const nearest = nearestPointOnLine(other, end, { units: 'meters' });
          const metres = nearest.properties.dist;
          if (metres > 0.5 && metres < SNAP_M && (!best || metres < best.metres)) best = { metres, to: nearest.geometry.coordinates };
        }
        if (!best) {
          for (const bank of banks) {
            const nearest = nearestPointOnLine(bank, end, { units: 'meters' });
            const metres = nearest.properties.dist;
            if (metres < SNAP_M && (!best || metres < best.metres)) best = { metres, to: nearest.geometry.coordinates };
          }
        }
        if (best) joins.push(lineString([end, best.to]));
      }
    }
  }
  return joins;
}

const rounded = (ring: Position[]): Position[] => {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const next = [Number(lon!.toFixed(5)), Number(lat!.toFixed(5))];
    const last = out.at(-1);
    if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
  }
  return out;
};

const BLOCK_SOURCES = [
  {
    ref: 'petrograd-1917-reconstruction',
    locator: {
      en: 'blocks cut from the land of 1917: the land less a corridor along every street, the parks and the squares',
      ru: 'кварталы, вырезанные из суши 1917 г.: суша за вычетом полосы вдоль каждой улицы, садов и площадей',
    },
  },
  {
    ref: 'osm',
    locator: {
      en: 'the streets, drawn through the outlines of the buildings with addresses on them',
      ru: 'улицы, проведённые по контурам зданий с адресами на них',
    },
  },
];

/** Cuts the blocks; returns them in a stable order (north to south, then west to east). */
export function cutBlocks(file: BlocksFile): Feature<Polygon>[] {
  const land = JSON.parse(readText('basemap/land.geojson')) as FeatureCollection<Polygon | MultiPolygon>;
  const parks = JSON.parse(readText('basemap/parks.geojson')) as FeatureCollection<Polygon | MultiPolygon>;
  const streets = (JSON.parse(readText('basemap/streets.geojson')) as FeatureCollection<LineString | MultiLineString, StreetProps>).features;
  const centre = bboxPolygon(CENTRE);
  const ground = land.features
    .filter((feature) => !OPEN_LAND.has(String(feature.properties?.id)))
    .map((feature) => buffer(feature, -BANK_MARGIN_M, { units: 'meters' }))
    .filter((feature): feature is Area => feature !== undefined)
    .map((feature) => intersect(featureCollection([feature, centre])))
    .filter((feature): feature is Area => feature !== null);
  const cutters: Area[] = [
    ...parks.features,
    ...squaresOf(file),
    ...streets.map((street) => {
      const width = WIDTH_M[`${street.properties.type}/${street.properties.rank}`] ?? DEFAULT_WIDTH_M;
      return buffer(extended(street), width / 2, { units: 'meters', steps: 4 })!;
    }),
    ...connectors(streets, land.features, centre).map((join) => buffer(join, CONNECTOR_WIDTH_M / 2, { units: 'meters', steps: 4 })!),
  ].filter((cutter) => booleanIntersects(cutter, centre));
  const cut = union(featureCollection(cutters))!;
  const pieces: Feature<Polygon>[] = [];
  for (const piece of ground) {
    const rest = difference(featureCollection([piece, cut]));
    if (!rest) continue;
    const parts = rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
    // Holes are kept: a street that meets no other lies in a hole of its block.
    for (const part of parts) pieces.push(polygon(part));
  }
  const blocks = pieces
    .filter((piece) => {
      const hectares = area(piece) / 1e4;
      return hectares >= MIN_HA && hectares <= MAX_HA;
    })
    .map((piece) => {
      const rings = simplify(piece, { tolerance: SIMPLIFY_DEG, highQuality: true }).geometry.coordinates.map(rounded);
      return rings[0]!.length >= 4 ? rewind(polygon(rings.filter((ring) => ring.length >= 4))) : undefined;
    })
    .filter((block): block is Feature<Polygon> => block !== undefined);
  const at = (block: Feature<Polygon>) => centroid(block).geometry.coordinates;
  blocks.sort((a, b) => at(b)[1]! - at(a)[1]! || at(a)[0]! - at(b)[0]!);
  return blocks.map((block, index) => ({
    type: 'Feature',
    properties: {
      id: `block-${String(index + 1).padStart(3, '0')}`,
      kind: 'block',
      certainty: 'estimated',
      uncertainty_m: 50,
      sources: BLOCK_SOURCES,
    },
    geometry: block.geometry,
  }));
}

/** One feature a line: the file stays small and a diff still reads. */
export function formatBlocks(file: BlocksFile): string {
  const { features, ...head } = file;
  const top = JSON.stringify({ ...head, features: [] }, null, 1);
  return `${top.replace('"features": []', `"features": [\n${features.map((f) => `  ${JSON.stringify(f)}`).join(',\n')}\n ]`)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = resolve(GEO_DIR, BLOCKS_FILE);
  const file = JSON.parse(readFileSync(path, 'utf8')) as BlocksFile;
  const blocks = cutBlocks(file);
  const next: BlocksFile = {
    ...file,
    generated_from: { sha256: inputsDigest(file), by: 'npm run blocks (src/tools/blocks.ts)' },
    features: [...squaresOf(file), ...blocks],
  };
  writeFileSync(path, formatBlocks(next));
  const hectares = blocks.reduce((sum, block) => sum + area(block), 0) / 1e4;
  console.log(`${BLOCKS_FILE}: ${blocks.length} blocks, ${Math.round(hectares)} ha, ${squaresOf(file).length} squares`);
}
