/**
 * Turns validated data into the GeoJSON the map draws: flat properties (MapLibre expressions read
 * `name_en` more simply and faster than a nested object) and bridges cut into deck and opening span,
 * so a raised span can be drawn as a gap. Pure; runs once per data load.
 */
import { length, lineSliceAlong, lineString, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import type { DataSet } from '../data/parse.ts';
import type { BlockFeature, BridgeFeature, BuildingFeature, StrongholdFeature } from '../model/schemas.ts';

export type MapSourceId =
  | 'land'
  | 'water'
  | 'parks'
  | 'blocks'
  | 'streets'
  | 'railways'
  | 'bridges'
  | 'strongholds'
  | 'stronghold-labels'
  | 'points'
  | 'buildings'
  | 'route'
  | 'lenin'
  | 'movers';

export type MapData = Record<MapSourceId, FeatureCollection>;

/**
 * Sources whose features carry timeline state; their `id` property is promoted to the feature id.
 * A building's footprint carries the id of the place it houses, so one state fills marker and building.
 */
export const STATEFUL_SOURCES = ['bridges', 'strongholds', 'points', 'buildings'] as const satisfies readonly MapSourceId[];
export type StatefulSourceId = (typeof STATEFUL_SOURCES)[number];

/** Every stateful source each state-carrying id appears in (a key point is in `points` and `buildings`). */
export function statefulSourcesById(data: MapData): Map<string, StatefulSourceId[]> {
  const index = new Map<string, StatefulSourceId[]>();
  for (const source of STATEFUL_SOURCES) {
    for (const feature of data[source].features) {
      const id: unknown = feature.properties?.id;
      if (typeof id !== 'string') continue;
      const known = index.get(id) ?? [];
      if (!known.includes(source)) index.set(id, [...known, source]);
    }
  }
  return index;
}

interface Common {
  properties: {
    id: string;
    kind: string;
    name: { en: string; ru: string };
    certainty: string;
  };
}

function flat<T extends Common & { geometry: unknown }>(
  feature: T,
  extra: Record<string, string | number | boolean | null> = {},
): Feature {
  const { id, kind, name, certainty } = feature.properties;
  return {
    type: 'Feature',
    geometry: feature.geometry as Geometry,
    properties: { id, kind, name_en: name.en, name_ru: name.ru, certainty, ...extra },
  };
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A bridge as one to three line pieces: deck before the span, the opening span, deck after it. */
export function bridgeParts(bridge: BridgeFeature): Feature<LineString>[] {
  const line = lineString(bridge.geometry.coordinates);
  const total = length(line, { units: 'kilometers' });
  // story: false marks a bridge that carries no timeline state; the style draws it in plain ink.
  const base = flat(bridge, { opened: bridge.properties.opened, story: bridge.properties.story !== false }).properties ?? {};
  const piece = (from: number, to: number, part: 'deck' | 'span'): Feature<LineString> => ({
    type: 'Feature',
    geometry: lineSliceAlong(line, from * total, to * total, { units: 'kilometers' }).geometry,
    properties: { ...base, part },
  });
  const span = bridge.properties.drawspan;
  if (span === null) return [{ type: 'Feature', geometry: line.geometry, properties: { ...base, part: 'deck' } }];
  const parts: Feature<LineString>[] = [];
  if (span.start > 0) parts.push(piece(0, span.start, 'deck'));
  parts.push(piece(span.start, span.end, 'span'));
  if (span.end < 1) parts.push(piece(span.end, 1, 'deck'));
  return parts;
}

/**
 * A footprint under the id of the place it houses (so feature state and a click reach that place);
 * its own id stays in `building`. A footprint that houses no place keeps its own id.
 */
export function buildingFeature(building: BuildingFeature): Feature {
  const base = flat(building, { building: building.properties.id, housed: building.properties.feature !== null });
  return { ...base, properties: { ...base.properties, id: building.properties.feature ?? building.properties.id } };
}

/**
 * A stronghold's name at one point inside its footprint. Labelled from the polygon itself, the name
 * was drawn once per tile the building spans (twice or more over the Winter Palace at z17).
 */
export function strongholdLabel(stronghold: StrongholdFeature): Feature<Point> {
  const { properties } = flat(stronghold);
  return { type: 'Feature', geometry: pointOnFeature(stronghold).geometry, properties };
}

/** A block or square: its kind and, for a square, its name (the style draws no label from it). */
export function blockFeature(block: BlockFeature): Feature {
  const { id, kind, name, certainty } = block.properties;
  const names = name ? { name_en: name.en, name_ru: name.ru } : {};
  return { type: 'Feature', geometry: block.geometry, properties: { id, kind, certainty, ...names } };
}

export function toMapData(data: DataSet): MapData {
  return {
    land: collection(data.land.map((f) => flat(f))),
    water: collection(data.water.map((f) => flat(f))),
    parks: collection(data.parks.map((f) => flat(f))),
    blocks: collection(data.blocks.map(blockFeature)),
    streets: collection(data.streets.map((f) => flat(f, { rank: f.properties.rank, type: f.properties.type }))),
    railways: collection(data.railways.map((f) => flat(f))),
    bridges: collection(data.bridges.flatMap(bridgeParts)),
    strongholds: collection(data.strongholds.map((f) => flat(f))),
    'stronghold-labels': collection(data.strongholds.map(strongholdLabel)),
    points: collection(data.points.map((f) => flat(f))),
    buildings: collection(data.buildings.map(buildingFeature)),
    route: collection([
      ...data.route.segments.map((f) => flat(f, { order: f.properties.order, mode: f.properties.mode })),
      ...data.route.waypoints.map((f) => flat(f, { order: f.properties.order })),
    ]),
    // Lenin's marker, trail and timing band depend on the time; MapView fills this source.
    lenin: collection([]),
    // Everything else that moves (./moverFeatures.ts); MapView fills it as time passes.
    movers: collection([]),
  };
}

/** Empty collections, for the style tests: the style must be valid with no features at all. */
export function emptyMapData(): MapData {
  const empty = (): FeatureCollection => collection([]);
  return {
    land: empty(),
    water: empty(),
    parks: empty(),
    blocks: empty(),
    streets: empty(),
    railways: empty(),
    bridges: empty(),
    strongholds: empty(),
    'stronghold-labels': empty(),
    points: empty(),
    buildings: empty(),
    route: empty(),
    lenin: empty(),
    movers: empty(),
  };
}
