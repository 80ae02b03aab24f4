/**
 * Every place a visitor can select (bridges, strongholds, key points, route waypoints, and the movers,
 * whose card tells their story) with what its
 * card and the camera need: names, where to look, how sure its position is. Pure; built once per load.
 */
import { along, centroid, length, lineString, polygon } from '@turf/turf';
import type { Citation, Localized, PositionCertainty } from '../model/schemas.ts';
import type { DataSet } from './parse.ts';

export type PlaceGroup = 'bridge' | 'stronghold' | 'point' | 'waypoint' | 'mover';

export interface Place {
  id: string;
  group: PlaceGroup;
  kind: string;
  name: Localized;
  nameToday?: Localized;
  note?: Localized;
  address?: Localized;
  /** Where the camera looks and a marker stands: a point, a polygon's centroid, a bridge's middle. */
  center: [number, number];
  certainty: PositionCertainty;
  uncertaintyM: number;
  sources: Citation[];
  opened?: number;
}

export function buildPlaceIndex(data: DataSet): Map<string, Place> {
  const places: Place[] = [];
  const common = (properties: {
    id: string;
    kind: string;
    name: Localized;
    name_today?: Localized | undefined;
    note?: Localized | undefined;
    certainty: PositionCertainty;
    uncertainty_m: number;
    sources: Citation[];
  }) => ({
    id: properties.id,
    kind: properties.kind,
    name: properties.name,
    ...(properties.name_today ? { nameToday: properties.name_today } : {}),
    ...(properties.note ? { note: properties.note } : {}),
    certainty: properties.certainty,
    uncertaintyM: properties.uncertainty_m,
    sources: properties.sources,
  });
  for (const bridge of data.bridges) {
    const line = lineString(bridge.geometry.coordinates);
    const middle = along(line, length(line) / 2).geometry.coordinates as [number, number];
    places.push({ ...common(bridge.properties), group: 'bridge', center: middle, opened: bridge.properties.opened });
  }
  for (const stronghold of data.strongholds) {
    const center = centroid(polygon(stronghold.geometry.coordinates)).geometry.coordinates as [number, number];
    places.push({ ...common(stronghold.properties), group: 'stronghold', center });
  }
  for (const point of data.points) {
    places.push({
      ...common(point.properties),
      group: 'point',
      center: point.geometry.coordinates,
      ...(point.properties.address ? { address: point.properties.address } : {}),
    });
  }
  for (const waypoint of data.route.waypoints) {
    places.push({
      ...common(waypoint.properties),
      note: waypoint.properties.episode,
      group: 'waypoint',
      center: waypoint.geometry.coordinates,
    });
  }
  for (const mover of data.movers.movers) {
    // Lenin's card is Smolny's (his marker opens it); his rides are told in the walk's story.
    if (mover.properties.continues !== undefined) continue;
    places.push({
      ...common(mover.properties),
      note: mover.properties.card,
      group: 'mover',
      center: mover.geometry.coordinates[0] as [number, number],
    });
  }
  return new Map(places.map((place) => [place.id, place]));
}
