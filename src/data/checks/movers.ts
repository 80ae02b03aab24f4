/**
 * Movers (geo/movers.geojson) against the rest of the data: stops on their mover's path and in
 * order, legs matching stops, events that exist and come in order along the path, places that exist
 * and stand where the stop is, ships on the water, cars, columns and walkers on the streets of the
 * plan (or on a bridge), Lenin's rides starting where his walk ends.
 */
import { along, booleanPointInPolygon, distance, length, lineSliceAlong, lineString, point, pointToLineDistance, polygon } from '@turf/turf';
import type { Feature, LineString as GeoLine, Polygon } from 'geojson';
import { locateStops } from '../../model/moverPath.ts';
import { eventSpan } from '../../model/eventTime.ts';
import { WATER_MODES, type MoverFeature, type MoverStopFeature } from '../../model/movers.ts';
import { MAP_EXTENT, type LonLat } from '../../model/extent.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';

/**
 * How far a car, column or walker may be from a street line of the plan and still be on that street.
 * The plan's streets are drawn as centre lines to about 12–72 m (README, Accuracy), and a street is
 * 20–60 m wide, so 60 m keeps a mover on its street without letting it cut across a block.
 */
export const STREET_TOLERANCE_M = 60;
/** A moving ship or walker is sampled along its legs at this spacing. */
export const SAMPLE_SPACING_M = 25;
/** A stop that names a place must stand within the place's own uncertainty of it, plus this. */
export const PLACE_TOLERANCE_M = 50;
/**
 * An off-plan street leg may cross this much water in all: a bridge the plan does not draw yet (the
 * Ioannovsky Bridge into the fortress is about 150 m long), never a river.
 */
export const OFF_PLAN_WATER_MAX_M = 160;
/** A beam must end on its feature's line to within this. */
export const BEAM_TARGET_TOLERANCE_M = 30;

const file = GEO_FILES.movers;

/** Points every SAMPLE_SPACING_M along a piece of the path, both ends included. */
function samples(line: Feature<GeoLine>, fromKm: number, toKm: number): { at: LonLat; km: number }[] {
  const result: { at: LonLat; km: number }[] = [];
  const step = SAMPLE_SPACING_M / 1000;
  for (let km = fromKm; km < toKm; km += step) {
    result.push({ at: along(line, km, { units: 'kilometers' }).geometry.coordinates as unknown as LonLat, km });
  }
  result.push({ at: along(line, toKm, { units: 'kilometers' }).geometry.coordinates as unknown as LonLat, km: toKm });
  return result;
}

function placePositions(data: DataSet): Map<string, { at: LonLat | Feature<Polygon>; uncertainty: number }> {
  const places = new Map<string, { at: LonLat | Feature<Polygon>; uncertainty: number }>();
  for (const p of data.points) places.set(p.properties.id, { at: p.geometry.coordinates, uncertainty: p.properties.uncertainty_m });
  for (const w of data.route.waypoints) places.set(w.properties.id, { at: w.geometry.coordinates, uncertainty: w.properties.uncertainty_m });
  for (const s of data.strongholds) places.set(s.properties.id, { at: polygon(s.geometry.coordinates), uncertainty: s.properties.uncertainty_m });
  return places;
}

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const METRES_PER_DEGREE = 111_320;

/**
 * "Is this point within d metres of any of these lines?", fast enough to ask a thousand times while
 * the app loads: segments in a local plane (equirectangular about the city's latitude, good to well
 * under 1 % over the map) with a bounding-box test before any distance is computed.
 */
function segmentIndex(lines: readonly (readonly (readonly number[])[])[]) {
  const k = Math.cos((((MAP_EXTENT.south + MAP_EXTENT.north) / 2) * Math.PI) / 180);
  const xy = (p: readonly number[]): [number, number] => [(p[0] ?? 0) * k * METRES_PER_DEGREE, (p[1] ?? 0) * METRES_PER_DEGREE];
  const segments: [number, number, number, number][] = [];
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) {
      const [ax, ay] = xy(line[i - 1] as number[]);
      const [bx, by] = xy(line[i] as number[]);
      segments.push([ax, ay, bx, by]);
    }
  }
  return {
    within(point: LonLat, metres: number): boolean {
      const [px, py] = xy(point);
      for (const [ax, ay, bx, by] of segments) {
        if (px < Math.min(ax, bx) - metres || px > Math.max(ax, bx) + metres) continue;
        if (py < Math.min(ay, by) - metres || py > Math.max(ay, by) + metres) continue;
        const dx = bx - ax;
        const dy = by - ay;
        const share = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        if (Math.hypot(px - (ax + share * dx), py - (ay + share * dy)) <= metres) return true;
      }
      return false;
    },
  };
}

export function checkMovers(data: DataSet, onLand: (position: LonLat) => boolean): Problem[] {
  const problems: Problem[] = [];
  const { movers, stops } = data.movers;
  const events = new Map(data.timeline.events.map((event) => [event.id, event]));
  const places = placePositions(data);
  const streetIndex = segmentIndex(
    data.streets.flatMap((street) =>
      street.geometry.type === 'LineString' ? [street.geometry.coordinates] : street.geometry.coordinates,
    ),
  );
  const bridgeIndex = segmentIndex(data.bridges.map((bridge) => bridge.geometry.coordinates));
  const bridgeLines = new Map(data.bridges.map((bridge) => [bridge.properties.id, lineString(bridge.geometry.coordinates)]));
  const onStreet = (at: LonLat) => streetIndex.within(at, STREET_TOLERANCE_M);
  const onBridge = (at: LonLat) => bridgeIndex.within(at, STREET_TOLERANCE_M / 2);

  const ids = new Set<string>();
  const otherIds = new Set([
    ...data.points.map((f) => f.properties.id),
    ...data.bridges.map((f) => f.properties.id),
    ...data.strongholds.map((f) => f.properties.id),
    ...data.route.segments.map((f) => f.properties.id),
    ...data.route.waypoints.map((f) => f.properties.id),
    ...data.timeline.events.map((e) => e.id),
  ]);
  for (const feature of [...movers, ...stops]) {
    const id = feature.properties.id;
    if (ids.has(id) || otherIds.has(id)) problems.push({ file, featureId: id, field: 'properties.id', message: 'duplicate id' });
    ids.add(id);
  }
  const moverIds = new Set(movers.map((m) => m.properties.id));
  for (const stop of stops) {
    if (!moverIds.has(stop.properties.mover)) {
      problems.push({ file, featureId: stop.properties.id, field: 'properties.mover', message: `no mover has id "${stop.properties.mover}"` });
    }
  }
  for (const mover of movers) problems.push(...checkMover(mover, stops.filter((s) => s.properties.mover === mover.properties.id)));
  return problems;

  function checkMover(mover: MoverFeature, own: MoverStopFeature[]): Problem[] {
    const found: Problem[] = [];
    const id = mover.properties.id;
    const path = mover.geometry.coordinates;
    const ordered = [...own].sort((a, b) => a.properties.order - b.properties.order);
    ordered.forEach((stop, index) => {
      if (stop.properties.order !== index + 1) {
        found.push({ file, featureId: stop.properties.id, field: 'properties.order', message: `stops of ${id} must be numbered 1, 2, 3… without gaps or repeats; expected ${index + 1}` });
      }
    });
    if (ordered.length < 2) {
      found.push({ file, featureId: id, message: 'a mover needs at least two stops (where it starts and where it ends)' });
      return found;
    }
    if (mover.properties.legs.length !== ordered.length - 1) {
      found.push({ file, featureId: id, field: 'properties.legs', message: `has ${mover.properties.legs.length} legs for ${ordered.length} stops; a leg runs between each pair of consecutive stops` });
      return found;
    }
    const located = locateStops(path, ordered.map((s) => s.geometry.coordinates));
    let broken = false;
    located.forEach((spot, index) => {
      const stop = ordered[index] as MoverStopFeature;
      if (spot === null) {
        broken = true;
        found.push({ file, featureId: stop.properties.id, field: 'geometry.coordinates', message: `is not on a vertex of ${id}'s path after the stop before it` });
      }
    });
    const first = located[0];
    const last = located[located.length - 1];
    if (first && first.vertex !== 0) found.push({ file, featureId: ordered[0]!.properties.id, field: 'geometry.coordinates', message: `the first stop must be where ${id}'s path starts` });
    if (last && last.vertex !== path.length - 1) found.push({ file, featureId: ordered[ordered.length - 1]!.properties.id, field: 'geometry.coordinates', message: `the last stop must be where ${id}'s path ends` });
    if (broken) return found;

    // places, events, beams
    let timed = 0;
    let previous: { at: number; eventId: string } | null = null;
    for (const stop of ordered) {
      const sid = stop.properties.id;
      const { place, arrive, depart, passes, episodes, beam } = stop.properties;
      if (place !== undefined) {
        const target = places.get(place);
        if (!target) found.push({ file, featureId: sid, field: 'properties.place', message: `refers to "${place}", which no point, stronghold or waypoint has as its id` });
        else {
          const gap = Array.isArray(target.at)
            ? distance(stop.geometry.coordinates, [...(target.at as LonLat)], { units: 'meters' })
            : booleanPointInPolygon(point(stop.geometry.coordinates), target.at as Feature<Polygon>)
              ? 0
              : pointToLineDistance(stop.geometry.coordinates, lineString((target.at as Feature<Polygon>).geometry.coordinates[0]!), { units: 'meters' });
          if (gap > target.uncertainty + PLACE_TOLERANCE_M) {
            found.push({ file, featureId: sid, field: 'geometry.coordinates', message: `stands ${Math.round(gap)} m from its place ${place}, more than that place's uncertainty (${target.uncertainty} m) + ${PLACE_TOLERANCE_M} m` });
          }
        }
      }
      const timing: [string, string | undefined][] = [['arrive', arrive ?? passes], ['depart', depart ?? passes]];
      for (const [which, eventId] of timing) {
        if (eventId === undefined) continue;
        const field = `properties.${passes !== undefined ? 'passes' : which}`;
        const event = events.get(eventId);
        if (!event) {
          found.push({ file, featureId: sid, field, message: `refers to event "${eventId}", which timeline.json does not have` });
          continue;
        }
        timed += 1;
        const at = (eventSpan(event.time).from + eventSpan(event.time).to) / 2;
        if (previous && at < previous.at && previous.eventId !== eventId) {
          found.push({ file, featureId: sid, field, message: `${eventId} comes before ${previous.eventId}, which an earlier stop of ${id} waits for; a mover's times must run forward along its path` });
        }
        previous = { at, eventId };
      }
      for (const [index, eventId] of (episodes ?? []).entries()) {
        if (!events.has(eventId)) found.push({ file, featureId: sid, field: `properties.episodes.${index}`, message: `refers to event "${eventId}", which timeline.json does not have` });
      }
      if (beam) {
        if (!events.has(beam.from)) found.push({ file, featureId: sid, field: 'properties.beam.from', message: `refers to event "${beam.from}", which timeline.json does not have` });
        const target = bridgeLines.get(beam.feature);
        const targetPlace = places.get(beam.feature);
        const gap = target
          ? pointToLineDistance([...beam.toward], target, { units: 'meters' })
          : targetPlace && Array.isArray(targetPlace.at)
            ? distance([...beam.toward], [...(targetPlace.at as LonLat)], { units: 'meters' })
            : null;
        if (gap === null) found.push({ file, featureId: sid, field: 'properties.beam.feature', message: `refers to "${beam.feature}", which no bridge or point has as its id` });
        else if (gap > BEAM_TARGET_TOLERANCE_M) found.push({ file, featureId: sid, field: 'properties.beam.toward', message: `ends ${Math.round(gap)} m from ${beam.feature}` });
      }
    }
    if (timed === 0) found.push({ file, featureId: id, message: 'no stop is timed by an event (arrive, depart or passes); a mover needs one at least' });
    const visible = mover.properties.visible_from;
    if (visible !== undefined && visible !== 'story-start' && !events.has(visible)) {
      found.push({ file, featureId: id, field: 'properties.visible_from', message: `refers to event "${visible}", which timeline.json does not have` });
    }
    if (mover.properties.continues === 'lenin-route') {
      const smolny = data.route.waypoints.find((w) => w.properties.id === 'wp-smolny');
      const gap = smolny ? distance(smolny.geometry.coordinates, path[0]!, { units: 'meters' }) : Infinity;
      if (gap > 1) found.push({ file, featureId: id, field: 'geometry.coordinates.0', message: `continues Lenin's walk, so it must start where the walk ends (wp-smolny)${smolny ? `, not ${Math.round(gap)} m away` : ''}` });
    }

    // where each leg runs
    const line = lineString(path);
    mover.properties.legs.forEach((leg, index) => {
      const field = `properties.legs.${index}`;
      const from = located[index]!.distanceKm;
      const to = located[index + 1]!.distanceKm;
      if (to <= from) return;
      const points = samples(line, from, to);
      const legName = `leg ${index + 1} (${leg.mode}, ${ordered[index]!.properties.id} → ${ordered[index + 1]!.properties.id})`;
      if (WATER_MODES.includes(leg.mode)) {
        const aground = points.find((sample) => onLand(sample.at));
        if (aground) found.push({ file, featureId: id, field, message: `${legName} runs onto land at [${aground.at.map((c) => c.toFixed(5)).join(', ')}]; a ship keeps to the water` });
        if (leg.off_plan) found.push({ file, featureId: id, field: `${field}.off_plan`, message: 'only a leg on the streets can be off the plan' });
        return;
      }
      const wetPoints = points.filter((sample) => !onLand(sample.at) && !onBridge(sample.at));
      const wetMetres = wetPoints.length * SAMPLE_SPACING_M;
      const wet = leg.off_plan !== undefined && wetMetres <= OFF_PLAN_WATER_MAX_M ? undefined : wetPoints[0];
      if (wet) found.push({ file, featureId: id, field, message: `${legName} is in the water at [${wet.at.map((c) => c.toFixed(5)).join(', ')}], neither on land nor on a bridge` });
      const offStreet = points.filter((sample) => !onStreet(sample.at) && !onBridge(sample.at));
      if (leg.off_plan === undefined && offStreet.length > 0) {
        const at = offStreet[0]!.at.map((c) => c.toFixed(5)).join(', ');
        found.push({ file, featureId: id, field, message: `${legName} leaves the streets of the plan at [${at}] (${offStreet.length} of ${points.length} points farther than ${STREET_TOLERANCE_M} m from any street or bridge); follow a street, or say why under "off_plan"` });
      } else if (leg.off_plan !== undefined && offStreet.length === 0 && wetPoints.length === 0) {
        found.push({ file, featureId: id, field: `${field}.off_plan`, message: `${legName} now lies on the streets of the plan; drop "off_plan" so the check covers it` });
      }
    });
    return found;
  }
}

/** The length of a piece of path, for tests. */
export const pieceKm = (path: [number, number][], fromKm: number, toKm: number) =>
  length(lineSliceAlong(lineString(path), fromKm, toKm, { units: 'kilometers' }), { units: 'kilometers' });
