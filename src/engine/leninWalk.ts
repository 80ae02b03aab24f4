/**
 * Lenin's position at a moment of the night of 6–7 November, along the route in geo/lenin-route.geojson.
 *
 * No source times each step of the walk, so the timing is built from the events that the timeline
 * attaches to the route's waypoints (departure from the flat, arrival at Smolny, and any episode in
 * between), each an exact minute or a window. Rules:
 * - The anchors are the departure from the flat, the arrival at Smolny, and any episode on the way
 *   whose minute a source states (certainty "confirmed"); episodes known only within wide windows
 *   would only distort the pace, so they are shown on the map but do not time the walk.
 * - Each anchor's nominal time is the middle of its window; its uncertainty is half the window.
 * - Before the first anchor's nominal time he is at the flat; after the last one, at Smolny.
 * - Between two anchors he keeps an even pace, a streetcar kilometre taking a third of the time of a
 *   walked one (about 13 km/h against 4.5 km/h); the uncertainty is the larger of the two anchors'.
 * - The status is the mode of the segment he is on: streetcar or walk.
 */
import { along, length, lineString, nearestPointOnLine } from '@turf/turf';
import type { RouteSegmentFeature, TimelineEvent, WaypointFeature } from '../model/schemas.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { eventSpan } from './timeline.ts';

/** How many times faster a kilometre goes by streetcar than on foot. */
export const STREETCAR_SPEEDUP = 3;

export type LeninStatus = 'at-flat' | 'streetcar' | 'walk' | 'at-smolny';

export interface LeninPosition {
  lon: number;
  lat: number;
  status: LeninStatus;
  /** Kilometres along the route from the flat. */
  distanceKm: number;
  /** Fraction of the route behind him, 0 at the flat and 1 at Smolny. */
  progress: number;
  /** ± minutes: how uncertain the timing behind this position is. */
  timingUncertaintyMinutes: number;
  /** True when the position rests on estimated or windowed times rather than a stated minute. */
  estimated: boolean;
}

interface Anchor {
  waypointId: string;
  distanceKm: number;
  time: number;
  uncertaintyMinutes: number;
  estimated: boolean;
}

export interface LeninWalk {
  /** Total length of the route in km. */
  lengthKm: number;
  /** The route as one line, flat to Smolny. */
  coordinates: [number, number][];
  /** Distance along the route (km) where each segment ends, in order, with its mode. */
  segmentEnds: { distanceKm: number; mode: 'streetcar' | 'walk'; id: string }[];
  departure: number;
  arrival: number;
  /** The timed waypoints along the route (the flat, Smolny, stated episodes), flat first. */
  stops: readonly { waypointId: string; distanceKm: number }[];
  positionAt(t: LocalMinutes): LeninPosition;
}

export function createLeninWalk(
  segments: readonly RouteSegmentFeature[],
  waypoints: readonly WaypointFeature[],
  events: readonly TimelineEvent[],
): LeninWalk {
  const ordered = [...segments].sort((a, b) => a.properties.order - b.properties.order);
  const coordinates: [number, number][] = [];
  const segmentEnds: LeninWalk['segmentEnds'] = [];
  let distanceKm = 0;
  for (const segment of ordered) {
    const points = segment.geometry.coordinates;
    // consecutive segments share their joining position; keep it once
    coordinates.push(...(coordinates.length === 0 ? points : points.slice(1)));
    distanceKm += length(lineString(points), { units: 'kilometers' });
    segmentEnds.push({ distanceKm, mode: segment.properties.mode, id: segment.properties.id });
  }
  const route = lineString(coordinates);
  const lengthKm = distanceKm;

  const waypointById = new Map(waypoints.map((w) => [w.properties.id, w]));
  const timed = events.filter((event) => event.feature !== null && waypointById.has(event.feature));
  const anchors: Anchor[] = timed
    .filter(
      (event) =>
        event.feature === 'wp-flat' ||
        event.feature === 'wp-smolny' ||
        (event.certainty === 'confirmed' && typeof event.time === 'string'),
    )
    .map((event) => {
      const waypoint = waypointById.get(event.feature as string) as WaypointFeature;
      const span = eventSpan(event.time);
      const located = nearestPointOnLine(route, waypoint.geometry.coordinates, { units: 'kilometers' });
      return {
        waypointId: waypoint.properties.id,
        distanceKm: located.properties.location,
        time: (span.from + span.to) / 2,
        uncertaintyMinutes: (span.to - span.from) / 2,
        estimated: event.certainty !== 'confirmed' || span.to > span.from,
      };
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || a.time - b.time);

  if (anchors.length < 2) {
    throw new Error("Lenin's walk needs timed events at two waypoints at least (departure and arrival)");
  }
  const first = anchors[0] as Anchor;
  const last = anchors[anchors.length - 1] as Anchor;

  /** Walking-equivalent kilometres from the flat to `distance` along the route. */
  function effortAt(distance: number): number {
    let effort = 0;
    let from = 0;
    for (const end of segmentEnds) {
      const covered = Math.min(distance, end.distanceKm) - from;
      if (covered > 0) effort += end.mode === 'streetcar' ? covered / STREETCAR_SPEEDUP : covered;
      from = end.distanceKm;
    }
    return effort;
  }

  /** The inverse of effortAt. */
  function distanceAtEffort(effort: number): number {
    let spent = 0;
    let from = 0;
    for (const end of segmentEnds) {
      const length = end.distanceKm - from;
      const cost = end.mode === 'streetcar' ? length / STREETCAR_SPEEDUP : length;
      if (spent + cost >= effort) {
        const share = cost === 0 ? 0 : (effort - spent) / cost;
        return from + share * length;
      }
      spent += cost;
      from = end.distanceKm;
    }
    return lengthKm;
  }

  function modeAt(distance: number): 'streetcar' | 'walk' {
    return (segmentEnds.find((end) => distance <= end.distanceKm) ?? segmentEnds[segmentEnds.length - 1])!.mode;
  }

  function positionAt(t: LocalMinutes): LeninPosition {
    let distance: number;
    let status: LeninStatus;
    let uncertainty: number;
    let estimated: boolean;
    if (t <= first.time) {
      distance = 0;
      status = 'at-flat';
      uncertainty = first.uncertaintyMinutes;
      estimated = first.estimated;
    } else if (t >= last.time) {
      distance = lengthKm;
      status = 'at-smolny';
      uncertainty = last.uncertaintyMinutes;
      estimated = last.estimated;
    } else {
      const nextIndex = anchors.findIndex((anchor) => anchor.time > t);
      const after = anchors[nextIndex] as Anchor;
      const before = anchors[nextIndex - 1] as Anchor;
      const fraction = (t - before.time) / (after.time - before.time);
      const fromEffort = effortAt(before.distanceKm);
      distance = distanceAtEffort(fromEffort + fraction * (effortAt(after.distanceKm) - fromEffort));
      status = modeAt(distance);
      uncertainty = Math.max(before.uncertaintyMinutes, after.uncertaintyMinutes);
      estimated = before.estimated || after.estimated;
    }
    const [lon, lat] = along(route, distance, { units: 'kilometers' }).geometry.coordinates as [number, number];
    return {
      lon,
      lat,
      status,
      distanceKm: distance,
      progress: lengthKm === 0 ? 1 : distance / lengthKm,
      timingUncertaintyMinutes: uncertainty,
      estimated,
    };
  }

  const stops = anchors.map((anchor) => ({ waypointId: anchor.waypointId, distanceKm: anchor.distanceKm }));
  return { lengthKm, coordinates, segmentEnds, departure: first.time, arrival: last.time, stops, positionAt };
}
