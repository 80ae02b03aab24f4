/**
 * Water and banks: water is drawn as areas whose edges are the banks, land is what the water leaves.
 * These checks keep it so: no water area may cover land (the old painted river lines covered ~95 ha),
 * and a bridge names the water it crosses and stands over it. The overlap of areas needs polygon
 * intersection, which is too slow (and too large a library) for the browser: it lives in
 * waterOverLand.ts, which the build, the CLI and the tests run, and the app does not load.
 */
import { along, booleanPointInPolygon, length, lineString, multiPolygon, point, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LandFeature, WaterAreaFeature } from '../../model/schemas.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';

export type Area = Feature<Polygon | MultiPolygon>;

export function areaOf(feature: LandFeature | WaterAreaFeature): Area {
  return feature.geometry.type === 'Polygon'
    ? polygon(feature.geometry.coordinates)
    : multiPolygon(feature.geometry.coordinates);
}

export function isWaterArea(feature: DataSet['water'][number]): feature is WaterAreaFeature {
  return feature.properties.kind !== 'label';
}

export function checkWater(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  const waterAreas = new Map(
    data.water.filter(isWaterArea).map((water) => [water.properties.id, areaOf(water)]),
  );
  for (const bridge of data.bridges) {
    const crosses = bridge.properties.crosses;
    if (crosses === undefined) continue;
    const water = waterAreas.get(crosses);
    const at = { file: GEO_FILES.bridges, featureId: bridge.properties.id, field: 'properties.crosses' };
    if (!water) {
      problems.push({ ...at, message: `names "${crosses}", which is no water area of ${GEO_FILES.water}` });
      continue;
    }
    // The middle third must be over the water it names (a bridge at a bend may sit off centre).
    const line = lineString(bridge.geometry.coordinates);
    const total = length(line);
    const samples = [0.35, 0.5, 0.65].map((share) => along(line, total * share).geometry.coordinates);
    if (!samples.some((sample) => booleanPointInPolygon(point(sample), water))) {
      const where = (samples[1] ?? []).map((c) => c.toFixed(5)).join(', ');
      problems.push({
        ...at,
        message: `does not span ${crosses}: its middle [${where}] is not over that water`,
      });
    }
  }
  return problems;
}
