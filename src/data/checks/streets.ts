/**
 * Streets and building footprints: street names a visitor can read in both languages, and footprints
 * on land that hold the marker of the place they house. (Whether a street runs where it stood is
 * measured against reference points in src/data/streetControl.test.ts, not judged here.)
 */
import {
  booleanPointInPolygon,
  multiPolygon,
  pointOnFeature,
  pointToPolygonDistance,
  polygon,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { insideExtent, type LonLat } from '../../model/extent.ts';
import type { BuildingFeature } from '../../model/schemas.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';

/** A marker this far outside the footprint of its building is drawn beside it, not in it. */
const MARKER_OUTSIDE_TOLERANCE_M = 15;

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

function area(building: BuildingFeature): Feature<Polygon | MultiPolygon> {
  return building.geometry.type === 'Polygon'
    ? polygon(building.geometry.coordinates)
    : multiPolygon(building.geometry.coordinates);
}

const corners = (building: BuildingFeature): LonLat[] =>
  building.geometry.type === 'Polygon'
    ? (building.geometry.coordinates[0] ?? [])
    : building.geometry.coordinates.flatMap((rings) => rings[0] ?? []);

const where = (position: readonly number[]) => position.map((c) => c.toFixed(6)).join(', ');

function checkBuildings(data: DataSet, onLand: (position: LonLat) => boolean): Problem[] {
  const problems: Problem[] = [];
  const points = new Map(data.points.map((p) => [p.properties.id, p]));
  const strongholds = new Set(data.strongholds.map((s) => s.properties.id));
  for (const building of data.buildings) {
    const at = { file: GEO_FILES.buildings, featureId: building.properties.id };
    const shape = area(building);
    const inside = pointOnFeature(shape).geometry.coordinates as unknown as LonLat;
    const wet = corners(building).filter((corner) => !onLand(corner)).length;
    // Positions outside the map are reported by the extent check already.
    if (insideExtent(inside) && (!onLand(inside) || wet * 2 > corners(building).length)) {
      problems.push({
        ...at,
        field: 'geometry',
        message: `footprint lies in the river at [${where(inside)}] (${wet} of ${corners(building).length} corners in the water)`,
      });
    }
    const housed = building.properties.feature;
    if (housed === null) continue;
    const point = points.get(housed);
    if (!point && !strongholds.has(housed)) {
      problems.push({
        ...at,
        field: 'properties.feature',
        message: `refers to "${housed}", which is no key point or stronghold`,
      });
      continue;
    }
    // A marker outside the map, or a footprint that is, has been reported by the extent check.
    if (
      point &&
      insideExtent(point.geometry.coordinates) &&
      insideExtent(inside) &&
      !booleanPointInPolygon(point.geometry.coordinates as unknown as number[], shape)
    ) {
      const outside = pointToPolygonDistance(point.geometry.coordinates, shape, { units: 'meters' });
      if (outside > MARKER_OUTSIDE_TOLERANCE_M) {
        problems.push({
          ...at,
          field: 'geometry',
          message: `the marker of ${housed} in ${GEO_FILES.points} lies ${Math.round(outside)} m outside this footprint`,
        });
      }
    }
  }
  return problems;
}

function checkStreets(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  for (const street of data.streets) {
    const at = { file: GEO_FILES.streets, featureId: street.properties.id };
    const { name, name_today: today } = street.properties;
    if (!CYRILLIC.test(name.ru)) {
      problems.push({
        ...at,
        field: 'properties.name.ru',
        message: `"${name.ru}" has no Cyrillic letters: give the Russian name`,
      });
    }
    if (!LATIN.test(name.en)) {
      problems.push({
        ...at,
        field: 'properties.name.en',
        message: `"${name.en}" has no Latin letters: give the English name`,
      });
    }
    if (today && today.en === name.en && today.ru === name.ru) {
      problems.push({
        ...at,
        field: 'properties.name_today',
        message: 'repeats the 1917 name; leave it out when the name did not change',
      });
    }
  }
  return problems;
}

export function checkStreetsAndBuildings(data: DataSet, onLand: (position: LonLat) => boolean): Problem[] {
  return [...checkStreets(data), ...checkBuildings(data, onLand)];
}
