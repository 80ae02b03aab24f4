/**
 * The movers at time t as map features: each one's marker (shape by kind), the trail behind it (split
 * by the mode of each leg), a pale band where it may be given the uncertainty of its timing, the
 * Aurora's searchlight on the bridge and the flash of her blank round. Pure, apart from the cache in
 * `createMoverFeed`, which hands back the very same collection while nothing on the map moves, so the
 * map's source is set only while something does.
 *
 * Lenin's walk stays in ./leninFeatures.ts; here Lenin appears only on his later rides, away from
 * Smolny (`leninAway` tells the walk's layer to hide its marker meanwhile).
 */
import { lineSliceAlong, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { followProfile, type Mover, type MoverPosition } from '../engine/movers.ts';
import type { LocalMinutes } from '../time/localTime.ts';

/** How long the flash of a shot stays on the map after its minute (a display choice, not a claim). */
export const SHOT_SHOWN_MINUTES = 10;

/** Shorter than this (km) a trail or band is not drawn: it would be a dot under the marker. */
const MIN_PIECE_KM = 0.005;

const slice = (line: Feature<LineString>, from: number, to: number, properties: Record<string, string | boolean>): Feature =>
  ({ ...lineSliceAlong(line, from, to, { units: 'kilometers' }), properties });

/** True while Lenin is out on a ride, away from Smolny, where the walk's marker stands. */
export function leninAway(mover: Mover, position: MoverPosition): boolean {
  if (!mover.prelude) return false;
  if (position.status === 'hidden' || position.status === 'gone') return false;
  return position.distanceKm > 0 && position.distanceKm < mover.lengthKm;
}

/** One mover's features at t (none while it is not on the map, or while Lenin is on his walk). */
export function moverFeatures(mover: Mover, t: LocalMinutes, position = mover.positionAt(t)): Feature[] {
  if (position.status === 'hidden' || position.status === 'gone') return [];
  if (mover.prelude && t <= mover.prelude.arrival) return [];
  const line = lineString(mover.coordinates);
  const features: Feature[] = [];
  let legStart = 0;
  for (const leg of mover.legEnds) {
    const end = Math.min(leg.distanceKm, position.distanceKm);
    if (end - legStart > MIN_PIECE_KM) features.push(slice(line, legStart, end, { part: 'trail', mover: mover.id, mode: leg.mode }));
    legStart = leg.distanceKm;
  }
  const u = position.uncertaintyMinutes;
  if (u > 0 && position.status !== 'arrived') {
    const from = followProfile(mover.profile, t - u).distanceKm;
    const to = followProfile(mover.profile, t + u).distanceKm;
    if (to - from > MIN_PIECE_KM) features.push(slice(line, from, to, { part: 'band', mover: mover.id }));
  }
  for (const beam of mover.beams) {
    if (t >= beam.start && t < beam.end && position.status === 'arrived') {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [beam.from, beam.toward] },
        properties: { part: 'beam', mover: mover.id },
      });
    }
  }
  for (const episode of mover.episodes) {
    if (t >= episode.time && t < episode.time + SHOT_SHOWN_MINUTES) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: episode.at },
        properties: { part: 'shot', mover: mover.id, event: episode.eventId },
      });
    }
  }
  // At rest at a place that has its own label on the map (the Aurora at her anchorage), one label is enough.
  const atPlace =
    position.status !== 'moving' && mover.placeStops.some((stop) => Math.abs(stop.distanceKm - position.distanceKm) < MIN_PIECE_KM);
  if (!mover.prelude || leninAway(mover, position)) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [position.lon, position.lat] },
      properties: {
        part: 'position',
        // `id` opens the mover's card when the marker is chosen (MapView's selectable layers)
        id: mover.id,
        mover: mover.id,
        marker: mover.marker,
        mode: position.mode,
        status: position.status,
        estimated: position.estimated,
        at_place: atPlace,
        name_en: mover.name.en,
        name_ru: mover.name.ru,
      },
    });
  }
  return features;
}

export interface MoverFeed {
  /** The movers' features at t; the same object as the last call's while nothing has moved. */
  at(t: LocalMinutes): FeatureCollection;
  /** Whether the walk's own Lenin marker should hide at t (he is out on a ride). */
  leninAway(t: LocalMinutes): boolean;
}

/** Metres are enough to tell a move on the map; finer changes are not worth a new source. */
const moved = (position: MoverPosition) => `${position.status}:${Math.round(position.distanceKm * 1000)}`;

export function createMoverFeed(movers: readonly Mover[]): MoverFeed {
  let lastKey = '';
  let last: FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    at(t) {
      const positions = movers.map((mover) => mover.positionAt(t));
      const key = movers
        .map((mover, index) => {
          const position = positions[index] as MoverPosition;
          const lit = mover.beams.some((beam) => t >= beam.start && t < beam.end);
          const shot = mover.episodes.some((episode) => t >= episode.time && t < episode.time + SHOT_SHOWN_MINUTES);
          const walking = mover.prelude !== null && t <= mover.prelude.arrival;
          return `${moved(position)}:${position.uncertaintyMinutes}:${lit}:${shot}:${walking}`;
        })
        .join('|');
      if (key === lastKey) return last;
      lastKey = key;
      last = {
        type: 'FeatureCollection',
        features: movers.flatMap((mover, index) => moverFeatures(mover, t, positions[index])),
      };
      return last;
    },
    leninAway(t) {
      const lenin = movers.find((mover) => mover.prelude !== null);
      return lenin ? leninAway(lenin, lenin.positionAt(t)) : false;
    },
  };
}
