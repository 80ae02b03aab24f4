/**
 * Checks that need the whole data set: ids, extent, ring orientation, what lies on land and what
 * crosses water, the route's course, and the timeline's references, times and consistency.
 * Each check returns problems; none throws.
 */
import {
  booleanClockwise,
  booleanPointInPolygon,
  distance,
  lineString,
  point,
  pointToLineDistance,
  pointOnFeature,
  polygon,
  multiPolygon,
  along,
  length,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { MAP_EXTENT, insideExtent, type LonLat } from '../model/extent.ts';
import type { Timeline, TimelineEvent, EventTime } from '../model/schemas.ts';
import { eventSpan } from '../model/eventTime.ts';
import { formatLocalTime } from '../time/localTime.ts';
import { GEO_FILES } from './files.ts';
import { checkWater } from './checks/water.ts';
import { checkBridges } from './checks/bridges.ts';
import type { DataSet } from './parse.ts';
import type { Problem } from './problems.ts';
import { checkCitations } from './checks/citations.ts';
import { checkMovers } from './checks/movers.ts';
import { checkStreetsAndBuildings } from './checks/streets.ts';

/** Positions written with more decimals than this claim a precision (0.1 m) no source has. */
const MAX_DECIMALS = 6;
/** How far a route may pass from a bridge's ends and still count as crossing it. */
const ROUTE_BRIDGE_TOLERANCE_M = 60;
/** A waypoint this close to a bridge's line is on the bridge. */
const WAYPOINT_BRIDGE_TOLERANCE_M = 25;
/** Consecutive route segments must meet; this allows for rounding only. */
const ROUTE_JOIN_TOLERANCE_M = 1;

interface LocatedFeature {
  file: string;
  id: string;
  geometry: { type: string; coordinates: unknown };
}

function allFeatures(data: DataSet): LocatedFeature[] {
  const located = (file: string, features: { properties: { id: string }; geometry: LocatedFeature['geometry'] }[]) =>
    features.map((feature) => ({ file, id: feature.properties.id, geometry: feature.geometry }));
  return [
    ...located(GEO_FILES.land, data.land),
    ...located(GEO_FILES.water, data.water),
    ...located(GEO_FILES.parks, data.parks),
    ...located(GEO_FILES.blocks, data.blocks),
    ...located(GEO_FILES.streets, data.streets),
    ...located(GEO_FILES.railways, data.railways),
    ...located(GEO_FILES.bridges, data.bridges),
    ...located(GEO_FILES.strongholds, data.strongholds),
    ...located(GEO_FILES.points, data.points),
    ...located(GEO_FILES.buildings, data.buildings),
    ...located(GEO_FILES.route, data.route.segments),
    ...located(GEO_FILES.route, data.route.waypoints),
  ];
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || text.includes('e') ? 0 : text.length - dot - 1;
}

/** Every position of a geometry with its path below `geometry.coordinates`. */
function* positions(coordinates: unknown, path: string): Generator<[LonLat, string]> {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    yield [coordinates as unknown as LonLat, path];
    return;
  }
  if (Array.isArray(coordinates)) {
    for (const [index, child] of coordinates.entries()) yield* positions(child, `${path}.${index}`);
  }
}

function checkIds(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const feature of allFeatures(data)) {
    const earlier = seen.get(feature.id);
    if (earlier !== undefined) {
      problems.push({
        file: feature.file,
        featureId: feature.id,
        field: 'properties.id',
        message: `duplicate id: already used in ${earlier}`,
      });
    } else seen.set(feature.id, feature.file);
  }
  const eventIds = new Set<string>();
  for (const event of data.timeline.events) {
    if (eventIds.has(event.id) || seen.has(event.id)) {
      problems.push({ file: GEO_FILES.timeline, featureId: event.id, field: 'id', message: 'duplicate id' });
    }
    eventIds.add(event.id);
  }
  return problems;
}

function checkPositions(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  for (const feature of allFeatures(data)) {
    for (const [position, path] of positions(feature.geometry.coordinates, 'geometry.coordinates')) {
      const [lon, lat] = position;
      const at = { file: feature.file, featureId: feature.id, field: path };
      if (!insideExtent(position)) {
        const swapped = insideExtent([lat, lon]);
        problems.push({
          ...at,
          message: swapped
            ? `[${lon}, ${lat}] looks like [lat, lon]; GeoJSON positions are [lon, lat]`
            : `[${lon}, ${lat}] lies outside the map (lon ${MAP_EXTENT.west}–${MAP_EXTENT.east}, lat ${MAP_EXTENT.south}–${MAP_EXTENT.north})`,
        });
      }
      if (decimals(lon) > MAX_DECIMALS || decimals(lat) > MAX_DECIMALS) {
        problems.push({ ...at, message: `more than ${MAX_DECIMALS} decimals in [${lon}, ${lat}]` });
      }
    }
  }
  return problems;
}

function checkRings(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  for (const feature of allFeatures(data)) {
    const { type, coordinates } = feature.geometry;
    const polygons: [LonLat[][], string][] =
      type === 'Polygon'
        ? [[coordinates as LonLat[][], 'geometry.coordinates']]
        : type === 'MultiPolygon'
          ? (coordinates as LonLat[][][]).map((rings, index) => [rings, `geometry.coordinates.${index}`])
          : [];
    for (const [rings, path] of polygons) {
      rings.forEach((ring, index) => {
        const at = { file: feature.file, featureId: feature.id, field: `${path}.${index}` };
        const clockwise = booleanClockwise(ring as unknown as [number, number][]);
        if (index === 0 && clockwise) {
          problems.push({ ...at, message: 'outer ring runs clockwise; RFC 7946 wants counter-clockwise' });
        } else if (index > 0 && !clockwise) {
          problems.push({ ...at, message: 'hole runs counter-clockwise; RFC 7946 wants clockwise' });
        }
      });
    }
  }
  return problems;
}

/** Answers "is this on land?" from the land polygons (the map's background is water). */
export function makeLandTest(data: DataSet): (position: LonLat) => boolean {
  const areas: Feature<Polygon | MultiPolygon>[] = data.land.map((feature) =>
    feature.geometry.type === 'Polygon'
      ? polygon(feature.geometry.coordinates)
      : multiPolygon(feature.geometry.coordinates),
  );
  return (position) => areas.some((area) => booleanPointInPolygon(point([...position]), area));
}

/** Turf's positions are number[]; ours are pairs. */
const asLonLat = (position: readonly number[]): LonLat => [position[0] ?? NaN, position[1] ?? NaN];

const rounded = (metres: number): string => `${Math.round(metres)} m`;

function checkLandAndWater(data: DataSet, onLand: (position: LonLat) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const bridge of data.bridges) {
    const coordinates = bridge.geometry.coordinates;
    const ends: [LonLat, string][] = [
      [coordinates[0] as LonLat, 'geometry.coordinates.0'],
      [coordinates[coordinates.length - 1] as LonLat, `geometry.coordinates.${coordinates.length - 1}`],
    ];
    for (const [end, field] of ends) {
      if (!onLand(end)) {
        problems.push({
          file: GEO_FILES.bridges,
          featureId: bridge.properties.id,
          field,
          message: `bridge end [${end.join(', ')}] is in the water, not on a bank`,
        });
      }
    }
    const line = lineString(coordinates);
    const middle = asLonLat(along(line, length(line) / 2).geometry.coordinates);
    if (onLand(middle)) {
      problems.push({
        file: GEO_FILES.bridges,
        featureId: bridge.properties.id,
        field: 'geometry',
        message: `bridge does not cross water: its middle [${middle.map((c) => c.toFixed(5)).join(', ')}] is on land`,
      });
    }
  }
  const mustBeOnLand: [string, string, Feature][] = [
    ...data.strongholds.map(
      (s): [string, string, Feature] => [GEO_FILES.strongholds, s.properties.id, polygon(s.geometry.coordinates)],
    ),
    ...data.points
      .filter((p) => p.properties.kind !== 'ship')
      .map((p): [string, string, Feature] => [GEO_FILES.points, p.properties.id, point(p.geometry.coordinates)]),
  ];
  // A waypoint may stand on a bridge (crossing the Liteiny is an episode of the walk).
  const bridgeLines = data.bridges.map((bridge) => lineString(bridge.geometry.coordinates));
  const onBridge = (position: LonLat) =>
    bridgeLines.some((line) => pointToLineDistance([...position], line, { units: 'meters' }) <= WAYPOINT_BRIDGE_TOLERANCE_M);
  for (const waypoint of data.route.waypoints) {
    const position = waypoint.geometry.coordinates;
    if (!onLand(position) && !onBridge(position)) {
      problems.push({
        file: GEO_FILES.route,
        featureId: waypoint.properties.id,
        field: 'geometry',
        message: `lies in the water at [${position.join(', ')}], neither on land nor on a bridge`,
      });
    }
  }
  for (const [file, featureId, feature] of mustBeOnLand) {
    const inside = asLonLat(pointOnFeature(feature).geometry.coordinates);
    // A position outside the map has been reported already; "in the water" would only add noise.
    if (insideExtent(inside) && !onLand(inside)) {
      const where = inside.map((c) => c.toFixed(6)).join(', ');
      problems.push({ file, featureId, field: 'geometry', message: `lies in the water at [${where}]` });
    }
  }
  for (const ship of data.points.filter((p) => p.properties.kind === 'ship')) {
    if (onLand(ship.geometry.coordinates)) {
      problems.push({
        file: GEO_FILES.points,
        featureId: ship.properties.id,
        field: 'geometry',
        message: 'a ship must be in the water, but this position is on land',
      });
    }
  }
  return problems;
}

function checkRoute(data: DataSet): Problem[] {
  const file = GEO_FILES.route;
  const problems: Problem[] = [];
  const segments = [...data.route.segments].sort((a, b) => a.properties.order - b.properties.order);
  if (segments.length === 0) return [{ file, message: 'the route has no segments' }];
  segments.forEach((segment, index) => {
    if (segment.properties.order !== index + 1) {
      problems.push({
        file,
        featureId: segment.properties.id,
        field: 'properties.order',
        message: `segments must be numbered 1, 2, 3… without gaps or repeats; expected ${index + 1}`,
      });
    }
    const next = segments[index + 1];
    if (next) {
      const end = segment.geometry.coordinates[segment.geometry.coordinates.length - 1] as LonLat;
      const start = next.geometry.coordinates[0] as LonLat;
      const gap = distance([...end], [...start], { units: 'meters' });
      if (gap > ROUTE_JOIN_TOLERANCE_M) {
        problems.push({
          file,
          featureId: next.properties.id,
          field: 'geometry.coordinates.0',
          message: `does not start where ${segment.properties.id} ends (${rounded(gap)} apart)`,
        });
      }
    }
  });
  const waypoint = (id: string) => data.route.waypoints.find((w) => w.properties.id === id);
  const first = segments[0];
  const last = segments[segments.length - 1];
  const ends: [string, typeof first, LonLat | undefined, string][] = [
    ['wp-flat', first, first?.geometry.coordinates[0], 'start'],
    ['wp-smolny', last, last?.geometry.coordinates.at(-1), 'end'],
  ];
  for (const [waypointId, segment, end, which] of ends) {
    const target = waypoint(waypointId);
    if (!target) {
      problems.push({ file, featureId: waypointId, message: `the route's ${which} waypoint "${waypointId}" is missing` });
    } else if (segment && end) {
      const gap = distance([...end], target.geometry.coordinates, { units: 'meters' });
      if (gap > ROUTE_JOIN_TOLERANCE_M) {
        problems.push({
          file,
          featureId: segment.properties.id,
          field: 'geometry.coordinates',
          message: `the route must ${which} at ${waypointId}, but its ${which} is ${rounded(gap)} away`,
        });
      }
    }
  }
  const liteiny = data.bridges.find((b) => b.properties.id === 'bridge-liteiny');
  if (!liteiny) {
    problems.push({ file: GEO_FILES.bridges, featureId: 'bridge-liteiny', message: 'the Liteiny Bridge is missing' });
  } else {
    const route = lineString(segments.flatMap((s) => s.geometry.coordinates));
    const bridgeEnds = [liteiny.geometry.coordinates[0], liteiny.geometry.coordinates.at(-1)];
    const misses = bridgeEnds.some(
      (end) => end && pointToLineDistance(end, route, { units: 'meters' }) > ROUTE_BRIDGE_TOLERANCE_M,
    );
    if (misses) {
      problems.push({
        file,
        featureId: 'route',
        field: 'geometry',
        message: 'the route does not cross the Liteiny Bridge (it must pass both of its ends)',
      });
    }
  }
  return problems;
}

// ---- timeline ----------------------------------------------------------------------------------

function checkTimeline(data: DataSet): Problem[] {
  const file = GEO_FILES.timeline;
  const timeline: Timeline = data.timeline;
  const problems: Problem[] = [];
  const { start, end } = timeline.story;
  if (start >= end) problems.push({ file, field: 'story', message: 'the story must start before it ends' });

  const statefulKinds = new Map<string, 'bridge' | 'place'>();
  // A bridge with story: false only draws the city; it has no state and needs no initial state.
  const plainBridges = new Set(data.bridges.filter((b) => b.properties.story === false).map((b) => b.properties.id));
  for (const b of data.bridges) if (!plainBridges.has(b.properties.id)) statefulKinds.set(b.properties.id, 'bridge');
  for (const s of data.strongholds) statefulKinds.set(s.properties.id, 'place');
  for (const p of data.points) statefulKinds.set(p.properties.id, 'place');
  const waypointIds = new Set(data.route.waypoints.map((w) => w.properties.id));

  // initial states: exactly one for every bridge, stronghold and point
  const initialSeen = new Set<string>();
  timeline.initial.forEach((state, index) => {
    const at = { file, featureId: `initial state of ${state.feature}`, field: `initial.${index}` };
    const kind = statefulKinds.get(state.feature);
    if (!kind && plainBridges.has(state.feature)) {
      problems.push({ ...at, field: `${at.field}.feature`, message: `"${state.feature}" is a bridge with story: false, which carries no state` });
    } else if (!kind) problems.push({ ...at, field: `${at.field}.feature`, message: `no bridge, stronghold or point has id "${state.feature}"` });
    if (initialSeen.has(state.feature)) problems.push({ ...at, message: 'a second initial state for the same feature' });
    initialSeen.add(state.feature);
    if (kind === 'bridge' && state.bridge === undefined) {
      problems.push({ ...at, field: `${at.field}.bridge`, message: 'a bridge needs its initial position (raised or lowered)' });
    }
    if (kind === 'place' && state.bridge !== undefined) {
      problems.push({ ...at, field: `${at.field}.bridge`, message: 'only bridges can be raised or lowered' });
    }
  });
  for (const [id] of statefulKinds) {
    if (!initialSeen.has(id)) {
      problems.push({ file, featureId: id, field: 'initial', message: 'has no initial state at the start of the story' });
    }
  }

  const inStory = (minute: number) => minute >= start && minute <= end;
  const checkTime = (time: EventTime, featureId: string, field: string) => {
    const span = eventSpan(time);
    if (typeof time !== 'number' && span.from >= span.to) {
      problems.push({ file, featureId, field, message: `window is reversed or empty: earliest ${formatLocalTime(time.earliest)} is not before latest ${formatLocalTime(time.latest)}` });
    }
    if (!inStory(span.from) || !inStory(span.to)) {
      problems.push({
        file,
        featureId,
        field,
        message: `falls outside the story (${formatLocalTime(start)} – ${formatLocalTime(end)})`,
      });
    }
  };

  for (const event of timeline.events) {
    const at = { file, featureId: event.id };
    checkTime(event.time, event.id, 'time');
    event.alternatives?.forEach((alternative, index) => checkTime(alternative.time, event.id, `alternatives.${index}.time`));
    if (event.certainty === 'disputed' && (event.alternatives ?? []).length === 0) {
      problems.push({
        ...at,
        field: 'alternatives',
        message: 'a disputed event must record the other account(s) under "alternatives"',
      });
    }
    if (event.feature !== null && plainBridges.has(event.feature)) {
      problems.push({ ...at, field: 'feature', message: `refers to "${event.feature}", a bridge with story: false, which carries no state` });
    } else if (event.feature !== null && !statefulKinds.has(event.feature) && !waypointIds.has(event.feature)) {
      problems.push({ ...at, field: 'feature', message: `refers to "${event.feature}", which no feature has as its id` });
    }
    if (event.set) {
      const kind = event.feature === null ? undefined : statefulKinds.get(event.feature);
      if (event.feature !== null && plainBridges.has(event.feature)) {
        // reported above
      } else if (event.feature === null || (kind === undefined && waypointIds.has(event.feature))) {
        problems.push({ ...at, field: 'set', message: 'only a bridge, stronghold or point can change state' });
      } else if (event.set.bridge !== undefined && kind === 'place') {
        problems.push({ ...at, field: 'set.bridge', message: `"${event.feature}" is not a bridge and cannot be raised or lowered` });
      }
    }
  }
  problems.push(...checkOverlaps(timeline.events));
  return problems;
}

/** Two changes of one property of one feature may not fall in the same minute or in overlapping windows. */
function checkOverlaps(events: readonly TimelineEvent[]): Problem[] {
  const problems: Problem[] = [];
  const byFeatureProperty = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    if (event.feature === null || !event.set) continue;
    for (const property of ['bridge', 'control'] as const) {
      if (event.set[property] === undefined) continue;
      const key = `${event.feature}\u0000${property}`;
      byFeatureProperty.set(key, [...(byFeatureProperty.get(key) ?? []), event]);
    }
  }
  for (const [key, group] of byFeatureProperty) {
    const property = key.split('\u0000')[1] as 'bridge' | 'control';
    const sorted = [...group].sort((a, b) => eventSpan(a.time).from - eventSpan(b.time).from);
    sorted.forEach((event, index) => {
      const next = sorted[index + 1];
      if (!next) return;
      // Windows may touch (one ends at 07:00, the next starts at 07:00); two changes in the same
      // minute, or windows that truly overlap, leave the order of the states unknown.
      const a = eventSpan(event.time);
      const b = eventSpan(next.time);
      if (b.from < a.to || b.from === a.from) {
        const same = next.set?.[property] === event.set?.[property];
        problems.push({
          file: GEO_FILES.timeline,
          featureId: next.id,
          field: `set.${property}`,
          message: same
            ? `repeats ${event.id}: both set ${property} of ${event.feature} to "${event.set?.[property]}" at overlapping times`
            : `contradicts ${event.id}: ${property} of ${event.feature} set to "${next.set?.[property]}" and "${event.set?.[property]}" at overlapping times`,
        });
      }
    });
  }
  return problems;
}

/** Story steps: places that exist, moments inside the story and in order, a camera over the city. */
function checkStories(data: DataSet): Problem[] {
  const file = GEO_FILES.stories;
  const problems: Problem[] = [];
  const known = new Set(allFeatures(data).map((feature) => feature.id));
  const { start, end } = data.timeline.story;
  const storyIds = new Set<string>();
  for (const story of data.stories) {
    if (storyIds.has(story.id)) problems.push({ file, featureId: story.id, field: 'id', message: 'duplicate story id' });
    storyIds.add(story.id);
    let previous = -Infinity;
    for (const step of story.steps) {
      const at = { file, featureId: step.id };
      const time = step.time;
      if (time < start || time > end) problems.push({ ...at, field: 'time', message: 'falls outside the story' });
      if (time < previous) problems.push({ ...at, field: 'time', message: 'goes back in time from the step before' });
      previous = time;
      if (step.feature !== null && !known.has(step.feature)) {
        problems.push({ ...at, field: 'feature', message: `refers to "${step.feature}", which no feature has as its id` });
      }
      if (!insideExtent(step.camera.center)) {
        problems.push({ ...at, field: 'camera.center', message: 'the camera looks outside the map' });
      }
    }
  }
  return problems;
}

/** A check across files: the whole data set in, every problem out. */
export type CrossCheck = (data: DataSet) => Problem[];

/**
 * All cross-file checks, in a stable order, then `extra` ones: the build, the CLI and the tests add
 * the slow polygon checks there (validate.ts), which the app at load leaves out.
 */
export function crossCheck(data: DataSet, extra: readonly CrossCheck[] = []): Problem[] {
  const onLand = makeLandTest(data);
  return [
    ...checkIds(data),
    ...checkPositions(data),
    ...checkRings(data),
    ...checkLandAndWater(data, onLand),
    ...checkBridges(data, onLand),
    ...checkRoute(data),
    ...checkTimeline(data),
    ...checkStories(data),
    ...checkMovers(data, onLand),
    ...checkStreetsAndBuildings(data, onLand),
    ...checkCitations(data),
    ...checkWater(data),
    ...extra.flatMap((check) => check(data)),
  ];
}
