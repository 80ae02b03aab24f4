/**
 * Lenin at time t as map features: his position, the part of the route behind him (split by mode, so
 * streetcar and walking look different) and a band showing where he may be given the uncertainty of
 * the timing. Pure; runs on each time change, on a route of a few hundred vertices.
 */
import { lineSliceAlong, lineString } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { LeninWalk } from '../engine/leninWalk.ts';
import type { LocalMinutes } from '../time/localTime.ts';

const LABEL = { en: 'Lenin', ru: 'Ленин' };

/** `away`: Lenin is out on a later ride (./moverFeatures.ts draws him then), so no marker at Smolny. */
export function leninFeatures(walk: LeninWalk, t: LocalMinutes, away = false): FeatureCollection {
  const position = walk.positionAt(t);
  const route = lineString(walk.coordinates);
  const features: Feature[] = [];
  let segmentStart = 0;
  for (const segment of walk.segmentEnds) {
    const end = Math.min(segment.distanceKm, position.distanceKm);
    if (end > segmentStart) {
      features.push({
        ...lineSliceAlong(route, segmentStart, end, { units: 'kilometers' }),
        properties: { part: 'trail', mode: segment.mode },
      });
    }
    segmentStart = segment.distanceKm;
  }
  const uncertainty = position.timingUncertaintyMinutes;
  if (uncertainty > 0 && position.status !== 'at-flat' && position.status !== 'at-smolny') {
    const from = walk.positionAt((t - uncertainty) as LocalMinutes).distanceKm;
    const to = walk.positionAt((t + uncertainty) as LocalMinutes).distanceKm;
    if (to > from) {
      features.push({ ...lineSliceAlong(route, from, to, { units: 'kilometers' }), properties: { part: 'band' } });
    }
  }
  // Clicking him opens the card of the waypoint he is at or last passed (the flat until he leaves).
  const place = walk.stops.findLast((stop) => stop.distanceKm <= position.distanceKm + 1e-9)?.waypointId ?? null;
  if (away) return { type: 'FeatureCollection', features };
  features.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [position.lon, position.lat] },
    properties: { part: 'position', status: position.status, place, label_en: LABEL.en, label_ru: LABEL.ru },
  });
  return { type: 'FeatureCollection', features };
}
