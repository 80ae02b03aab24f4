/**
 * Where everything that moves is at a moment: the Aurora, Kerensky's car, the ministers, the columns,
 * the Kronstadt ships and Lenin (his walk, then his later rides). Pure; no React, no MapLibre.
 *
 * Rules (each has a test):
 * - A stop's time is that of its event: the middle of the event's window, with half the window as its
 *   uncertainty (an exact minute has none).
 * - Between a timed departure and a timed arrival the mover travels without stopping, the time shared
 *   among the legs in proportion to each leg's length over its pace.
 * - Where only one end of a run of legs is timed, the legs are travelled at their pace: after a timed
 *   departure it moves on at once; before a timed arrival it leaves just in time. It waits at a stop
 *   between a timed arrival there and the departure that the next timed moment implies.
 * - Before its first moment it is "waiting" at its first stop; between moments at the same place,
 *   "stopped"; at its last stop, "arrived" — or "gone" once the uncertainty of that arrival has passed,
 *   for a mover that leaves the map (a car out of the city, a procession that disperses).
 * - It is on the map from `visible_from` (an event's earliest minute, or the story's start), by default
 *   from its first moment less that moment's uncertainty.
 * - Lenin's mover is his walk (./leninWalk.ts, unchanged) followed by the rides of his own path.
 */
import { along, length, lineString } from '@turf/turf';
import type { Localized, TimelineEvent } from '../model/schemas.ts';
import type { MoverData, MoverFeature, MoverMarker, MoverMode, MoverStopFeature } from '../model/movers.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import type { LeninWalk } from './leninWalk.ts';
import { eventSpan } from './timeline.ts';
import { locateStops } from '../model/moverPath.ts';

export type MoverStatus = 'hidden' | 'waiting' | 'moving' | 'stopped' | 'arrived' | 'gone';

export interface MoverPosition {
  lon: number;
  lat: number;
  status: MoverStatus;
  /** The mode of the leg it is on (or about to start, or has just finished). */
  mode: MoverMode;
  /** Kilometres along its own path. */
  distanceKm: number;
  /** ± minutes: how uncertain the timing behind this position is. */
  uncertaintyMinutes: number;
  /** True when the position rests on a window, a pace or an estimated path rather than stated minutes and published coordinates. */
  estimated: boolean;
}

/** One point of a mover's timetable: at `time` it is `distanceKm` along its path. */
export interface ProfilePoint {
  time: number;
  distanceKm: number;
  uncertaintyMinutes: number;
  estimated: boolean;
}

export interface Beam {
  from: [number, number];
  toward: [number, number];
  start: LocalMinutes;
  end: LocalMinutes;
}

export interface Episode {
  eventId: string;
  at: [number, number];
  time: LocalMinutes;
}

export interface Mover {
  id: string;
  name: Localized;
  marker: MoverMarker;
  card: Localized;
  /** Its own path (for Lenin, the rides after his walk). */
  coordinates: [number, number][];
  lengthKm: number;
  /** Where each leg ends along the path, with its mode. */
  legEnds: { distanceKm: number; mode: MoverMode }[];
  profile: readonly ProfilePoint[];
  visibleFrom: number;
  /** The walk that comes before the path, for Lenin. */
  prelude: LeninWalk | null;
  /** How uncertain (m) the drawn path itself is. */
  pathUncertaintyM: number;
  /** Every stop along the path, named, for the text version of the map. */
  stops: readonly { distanceKm: number; name: Localized; uncertaintyM: number }[];
  /** Stops that stand at a place of another file (its label is the place's), by distance along the path. */
  placeStops: readonly { distanceKm: number; place: string }[];
  beams: readonly Beam[];
  episodes: readonly Episode[];
  positionAt(t: LocalMinutes): MoverPosition;
}

interface Anchor {
  stop: number;
  kind: 'arrive' | 'depart';
  time: number;
  uncertaintyMinutes: number;
  estimated: boolean;
}

/** The moment of an event: the middle of its window, with half the window as uncertainty. */
export function eventMoment(event: TimelineEvent): {
  time: number;
  uncertaintyMinutes: number;
  estimated: boolean;
} {
  const span = eventSpan(event.time);
  return {
    time: (span.from + span.to) / 2,
    uncertaintyMinutes: (span.to - span.from) / 2,
    estimated: span.to > span.from || event.certainty === 'estimated',
  };
}

/** How long the map shows a searchlight after it was lit: a display choice, since no source says when it went out. */
export const BEAM_SHOWN_MINUTES = 60;

/** Minutes a leg takes at its pace. */
const legMinutes = (km: number, paceKmh: number) => (km / paceKmh) * 60;

/**
 * The timetable of a mover from its stops' events and its legs' paces: a list of (time, distance)
 * points, non-decreasing in both, one or two per stop (arrival and departure).
 */
export function buildProfile(
  stopDistances: readonly number[],
  paces: readonly number[],
  anchors: readonly Anchor[],
): ProfilePoint[] {
  const n = stopDistances.length - 1;
  const minutes = paces.map((pace, i) =>
    legMinutes((stopDistances[i + 1] ?? 0) - (stopDistances[i] ?? 0), pace),
  );
  const runMinutes = (from: number, to: number) => minutes.slice(from, to).reduce((sum, m) => sum + m, 0);
  const arrival: (ProfilePoint | undefined)[] = new Array<ProfilePoint | undefined>(n + 1);
  const departure: (ProfilePoint | undefined)[] = new Array<ProfilePoint | undefined>(n + 1);
  const point = (
    stop: number,
    time: number,
    uncertaintyMinutes: number,
    estimated: boolean,
  ): ProfilePoint => ({
    time,
    distanceKm: stopDistances[stop] ?? 0,
    uncertaintyMinutes,
    estimated,
  });
  const sorted = [...anchors].sort(
    (a, b) => a.stop - b.stop || (a.kind === b.kind ? 0 : a.kind === 'arrive' ? -1 : 1),
  );
  for (const anchor of sorted) {
    const slot = anchor.kind === 'arrive' ? arrival : departure;
    slot[anchor.stop] = point(anchor.stop, anchor.time, anchor.uncertaintyMinutes, anchor.estimated);
  }
  /** Times the stops strictly between `from` and `to`, leaving `from` at `start` and reaching `to` at `end`. */
  const fill = (
    from: number,
    to: number,
    start: number,
    end: number,
    uncertainty: number,
    estimated: boolean,
  ) => {
    const total = runMinutes(from, to);
    for (let stop = from + 1; stop < to; stop += 1) {
      const share = total === 0 ? 0 : runMinutes(from, stop) / total;
      const time = start + share * (end - start);
      arrival[stop] = point(stop, time, uncertainty, estimated);
      departure[stop] = point(stop, time, uncertainty, estimated);
    }
  };
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  // before the first anchor: travel at pace and reach it just in time
  const firstArrival = first.kind === 'arrive' ? first.time : first.time;
  if (first.stop > 0) {
    const start = firstArrival - runMinutes(0, first.stop);
    departure[0] = point(0, start, first.uncertaintyMinutes, true);
    if (first.kind === 'depart')
      arrival[first.stop] = point(first.stop, first.time, first.uncertaintyMinutes, true);
    fill(0, first.stop, start, firstArrival, first.uncertaintyMinutes, true);
  }
  // between anchors
  for (let index = 0; index + 1 < sorted.length; index += 1) {
    const a = sorted[index] as Anchor;
    const b = sorted[index + 1] as Anchor;
    if (a.stop === b.stop) continue; // arrival and departure at one stop: it waits there
    const run = runMinutes(a.stop, b.stop);
    const uncertainty = Math.max(a.uncertaintyMinutes, b.uncertaintyMinutes);
    if (a.kind === 'depart' && b.kind === 'arrive') {
      fill(a.stop, b.stop, a.time, b.time, uncertainty, a.estimated || b.estimated);
    } else if (b.kind === 'arrive') {
      // waits at a.stop, then leaves in time to arrive at b (or at once, if even that is late)
      const leave = Math.max(a.time, b.time - run);
      departure[a.stop] = point(a.stop, leave, b.uncertaintyMinutes, true);
      fill(a.stop, b.stop, leave, b.time, b.uncertaintyMinutes, true);
    } else {
      // leaves a (or arrives there and moves on at once), travels at pace, waits at b until its departure
      const reach = Math.min(a.time + run, b.time);
      if (a.kind === 'arrive') departure[a.stop] = point(a.stop, a.time, a.uncertaintyMinutes, true);
      arrival[b.stop] = point(b.stop, reach, a.uncertaintyMinutes, true);
      fill(a.stop, b.stop, a.time, reach, a.uncertaintyMinutes, true);
    }
  }
  // after the last anchor: travel on at pace
  if (last.stop < n) {
    if (last.kind === 'arrive')
      departure[last.stop] = point(last.stop, last.time, last.uncertaintyMinutes, true);
    const end = last.time + runMinutes(last.stop, n);
    arrival[n] = point(n, end, last.uncertaintyMinutes, true);
    fill(last.stop, n, last.time, end, last.uncertaintyMinutes, true);
  }
  const profile: ProfilePoint[] = [];
  for (let stop = 0; stop <= n; stop += 1) {
    for (const entry of [arrival[stop], departure[stop]]) {
      if (!entry) continue;
      const previous = profile[profile.length - 1];
      // the same moment twice (a stop passed through) is kept once
      if (previous && previous.time === entry.time && previous.distanceKm === entry.distanceKm) continue;
      profile.push(entry);
    }
  }
  return profile;
}

/** Distance, uncertainty and phase at t from a timetable. */
export function followProfile(
  profile: readonly ProfilePoint[],
  t: number,
): {
  distanceKm: number;
  uncertaintyMinutes: number;
  estimated: boolean;
  phase: 'before' | 'moving' | 'stopped' | 'after';
} {
  const first = profile[0] as ProfilePoint;
  const last = profile[profile.length - 1] as ProfilePoint;
  if (t <= first.time) return { ...first, phase: 'before' };
  if (t >= last.time) return { ...last, phase: 'after' };
  const next = profile.findIndex((entry) => entry.time > t);
  const after = profile[next] as ProfilePoint;
  const before = profile[next - 1] as ProfilePoint;
  const fraction = (t - before.time) / (after.time - before.time);
  return {
    distanceKm: before.distanceKm + fraction * (after.distanceKm - before.distanceKm),
    uncertaintyMinutes: Math.max(before.uncertaintyMinutes, after.uncertaintyMinutes),
    estimated: before.estimated || after.estimated,
    phase: before.distanceKm === after.distanceKm ? 'stopped' : 'moving',
  };
}

const LENIN_WALK_STATUS = {
  'at-flat': 'waiting',
  streetcar: 'moving',
  walk: 'moving',
  'at-smolny': 'stopped',
} as const;

export function createMover(
  feature: MoverFeature,
  stops: readonly MoverStopFeature[],
  eventById: ReadonlyMap<string, TimelineEvent>,
  story: { start: number; end: number },
  walk: LeninWalk | null,
): Mover {
  const properties = feature.properties;
  const coordinates = feature.geometry.coordinates;
  const line = lineString(coordinates);
  const lengthKm = length(line, { units: 'kilometers' });
  const ordered = [...stops].sort((a, b) => a.properties.order - b.properties.order);
  const stopDistances = locateStops(
    coordinates,
    ordered.map((stop) => stop.geometry.coordinates),
  ).map((located) => located?.distanceKm ?? lengthKm);
  const legEnds = properties.legs.map((leg, index) => ({
    distanceKm: stopDistances[index + 1] ?? lengthKm,
    mode: leg.mode,
  }));
  const anchors: Anchor[] = ordered.flatMap((stop, index): Anchor[] => {
    const at = (kind: Anchor['kind'], eventId: string | undefined): Anchor[] => {
      const event = eventId === undefined ? undefined : eventById.get(eventId);
      return event ? [{ stop: index, kind, ...eventMoment(event) }] : [];
    };
    const { arrive, depart, passes } = stop.properties;
    return [...at('arrive', arrive ?? passes), ...at('depart', depart ?? passes)];
  });
  const profile = buildProfile(
    stopDistances,
    properties.legs.map((leg) => leg.pace_kmh),
    anchors,
  );
  if (profile.length === 0) throw new Error(`mover ${properties.id} has no timed stop`);
  const start = profile[0] as ProfilePoint;
  const end = profile[profile.length - 1] as ProfilePoint;
  const visibleFrom = walk
    ? story.start
    : properties.visible_from === 'story-start'
      ? story.start
      : properties.visible_from !== undefined && eventById.has(properties.visible_from)
        ? eventSpan((eventById.get(properties.visible_from) as TimelineEvent).time).from
        : start.time - start.uncertaintyMinutes;
  const goneAfter = properties.after === 'leaves' ? end.time + end.uncertaintyMinutes : Infinity;
  const pathEstimated = properties.certainty === 'estimated';

  const modeAt = (distance: number, phase: string): MoverMode => {
    if (phase === 'before') return legEnds[0]?.mode ?? 'walk';
    return (legEnds.find((end) => distance < end.distanceKm) ?? legEnds[legEnds.length - 1])?.mode ?? 'walk';
  };
  const lonLatAt = (distance: number) =>
    along(line, Math.min(Math.max(distance, 0), lengthKm), { units: 'kilometers' }).geometry.coordinates as [
      number,
      number,
    ];

  function positionAt(t: LocalMinutes): MoverPosition {
    if (walk && t <= start.time && t <= walk.arrival) {
      const step = walk.positionAt(t);
      return {
        lon: step.lon,
        lat: step.lat,
        status: LENIN_WALK_STATUS[step.status],
        mode: step.status === 'streetcar' ? 'streetcar' : 'walk',
        distanceKm: 0,
        uncertaintyMinutes: step.timingUncertaintyMinutes,
        estimated: step.estimated || pathEstimated,
      };
    }
    const followed = followProfile(profile, t);
    const [lon, lat] = lonLatAt(followed.distanceKm);
    let status: MoverStatus =
      followed.phase === 'before'
        ? walk
          ? 'stopped'
          : 'waiting'
        : followed.phase === 'after'
          ? 'arrived'
          : followed.phase;
    if (t < visibleFrom) status = 'hidden';
    else if (t > goneAfter) status = 'gone';
    return {
      lon,
      lat,
      status,
      mode: modeAt(followed.distanceKm, followed.phase),
      distanceKm: followed.distanceKm,
      uncertaintyMinutes: followed.uncertaintyMinutes,
      estimated: followed.estimated || pathEstimated,
    };
  }

  const beams: Beam[] = ordered.flatMap((stop) => {
    const beam = stop.properties.beam;
    const lit = beam === undefined ? undefined : eventById.get(beam.from);
    if (!beam || !lit) return [];
    const span = eventSpan(lit.time);
    return [
      {
        from: stop.geometry.coordinates,
        toward: beam.toward,
        start: span.from,
        end: (span.to + BEAM_SHOWN_MINUTES) as LocalMinutes,
      },
    ];
  });
  const episodes: Episode[] = ordered.flatMap((stop) =>
    (stop.properties.episodes ?? []).flatMap((eventId) => {
      const event = eventById.get(eventId);
      return event ? [{ eventId, at: stop.geometry.coordinates, time: eventSpan(event.time).from }] : [];
    }),
  );

  return {
    id: properties.id,
    name: properties.name,
    marker: properties.marker,
    card: properties.card,
    coordinates,
    lengthKm,
    legEnds,
    profile,
    visibleFrom,
    prelude: walk,
    pathUncertaintyM: properties.uncertainty_m,
    stops: ordered.map((stop, index) => ({
      distanceKm: stopDistances[index] ?? 0,
      name: stop.properties.name,
      uncertaintyM: stop.properties.uncertainty_m,
    })),
    placeStops: ordered.flatMap((stop, index) =>
      stop.properties.place === undefined
        ? []
        : [{ distanceKm: stopDistances[index] ?? 0, place: stop.properties.place }],
    ),
    beams,
    episodes,
    positionAt,
  };
}

/** Every mover of the data, in the file's order; Lenin's continues his walk. */
export function createMovers(
  data: MoverData,
  events: readonly TimelineEvent[],
  story: { start: number; end: number },
  walk: LeninWalk,
): Mover[] {
  const eventById = new Map(events.map((event) => [event.id, event]));
  return data.movers.map((feature) =>
    createMover(
      feature,
      data.stops.filter((stop) => stop.properties.mover === feature.properties.id),
      eventById,
      story,
      feature.properties.continues === 'lenin-route' ? walk : null,
    ),
  );
}

/** How far (m) either side of its position a mover may be, given its timing: half the band it may be in. */
export function bandMetres(mover: Mover, t: LocalMinutes, position: MoverPosition): number {
  const u = position.uncertaintyMinutes;
  if (u === 0) return 0;
  if (mover.prelude && t <= mover.prelude.arrival && position.distanceKm === 0) {
    const walk = mover.prelude;
    const at = walk.positionAt(t).distanceKm;
    const early = walk.positionAt((t - u) as LocalMinutes).distanceKm;
    const late = walk.positionAt((t + u) as LocalMinutes).distanceKm;
    return Math.max(at - early, late - at) * 1000;
  }
  const early = followProfile(mover.profile, t - u).distanceKm;
  const late = followProfile(mover.profile, t + u).distanceKm;
  return Math.max(position.distanceKm - early, late - position.distanceKm) * 1000;
}

/**
 * How uncertain (m) the drawn position itself is: a stop's own uncertainty while the mover is at it,
 * the path's in between; during Lenin's walk, the walk's timing band says it (see bandMetres).
 */
export function positionalMetres(mover: Mover, t: LocalMinutes, position: MoverPosition): number {
  if (mover.prelude && t <= mover.prelude.arrival) return 0;
  const stop = mover.stops.find((candidate) => Math.abs(candidate.distanceKm - position.distanceKm) < 0.005);
  return stop && position.status !== 'moving' ? stop.uncertaintyM : mover.pathUncertaintyM;
}

/** A mover as `npm run state` prints it. */
export interface MoverSnapshot {
  id: string;
  name: Localized;
  mode: MoverMode;
  lon: number;
  lat: number;
  status: Exclude<MoverStatus, 'hidden' | 'gone'>;
  estimated: boolean;
  /** How far (m) it may be from this position: its path's own uncertainty or its timing band, the larger. */
  uncertainty_m: number;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Every mover on the map at t (not before it shows, not after it has gone), in the file's order. */
export function moverSnapshots(movers: readonly Mover[], t: LocalMinutes): MoverSnapshot[] {
  return movers.flatMap((mover): MoverSnapshot[] => {
    const position = mover.positionAt(t);
    if (position.status === 'hidden' || position.status === 'gone') return [];
    return [
      {
        id: mover.id,
        name: mover.name,
        mode: position.mode,
        lon: round6(position.lon),
        lat: round6(position.lat),
        status: position.status,
        estimated: position.estimated,
        uncertainty_m: Math.round(
          Math.max(positionalMetres(mover, t, position), bandMetres(mover, t, position)),
        ),
      },
    ];
  });
}

export type MoverTransition = 'appears' | 'sets-off' | 'arrives' | 'leaves-map';

/**
 * What a mover did between two moments, for the live summary: it appeared on the map, set off,
 * arrived (at a stop on the way or at the end), or left the map. Compares the two moments only, so a long jump
 * reports where things stand, not every stop in between.
 */
export function moverTransitions(
  movers: readonly Mover[],
  from: LocalMinutes,
  to: LocalMinutes,
): { moverId: string; name: Localized; transition: MoverTransition }[] {
  if (to <= from) return [];
  return movers.flatMap((mover) => {
    const before = mover.positionAt(from).status;
    const after = mover.positionAt(to).status;
    if (before === after) return [];
    const transition: MoverTransition | null =
      after === 'gone'
        ? 'leaves-map'
        : after === 'moving'
          ? 'sets-off'
          : after === 'arrived' || (after === 'stopped' && before === 'moving')
            ? 'arrives'
            : before === 'hidden'
              ? 'appears'
              : null;
    return transition ? [{ moverId: mover.id, name: mover.name, transition }] : [];
  });
}

/** The stop a mover is at, or the two it is between, by distance along its path. */
export function whereAlong(
  mover: Mover,
  distanceKm: number,
): { at: Localized } | { from: Localized; to: Localized } {
  const near = mover.stops.find((stop) => Math.abs(stop.distanceKm - distanceKm) < 0.005);
  if (near) return { at: near.name };
  const next = mover.stops.findIndex((stop) => stop.distanceKm > distanceKm);
  const after = mover.stops[Math.max(next, 1)] ?? mover.stops[mover.stops.length - 1];
  const before = mover.stops[Math.max(next, 1) - 1] ?? mover.stops[0];
  return { from: (before as { name: Localized }).name, to: (after as { name: Localized }).name };
}
