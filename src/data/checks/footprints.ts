/**
 * The plan's ground: city blocks and footprints stand on land, and no block lies across a street.
 * A footprint corner in the river is a drawing error even when most of the building is ashore; a
 * block that a street's centre line crosses was cut from the wrong streets. These checks walk every
 * corner against the land and every block against the streets near it, so they run in the build, the
 * CLI and the tests (validate.ts), not in the app at load.
 */
import { bbox, booleanIntersects, lineString, multiLineString, polygon } from '@turf/turf';
import type { BBox, Feature, LineString, MultiLineString, Polygon } from 'geojson';
import type { LonLat } from '../../model/extent.ts';
import { makeLandTest } from '../crossChecks.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';

const where = (position: readonly number[]) => position.map((c) => c.toFixed(6)).join(', ');

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Every ring of a Polygon or MultiPolygon with its path below `geometry.coordinates`. */
function rings(geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: LonLat[][] | LonLat[][][] }): [LonLat[], string][] {
  return geometry.type === 'Polygon'
    ? (geometry.coordinates as LonLat[][]).map((ring, r) => [ring, `geometry.coordinates.${r}`])
    : (geometry.coordinates as LonLat[][][]).flatMap((part, p) =>
        part.map((ring, r): [LonLat[], string] => [ring, `geometry.coordinates.${p}.${r}`]),
      );
}

/**
 * One problem per feature, at its first corner in the water. `mostlyReported`: a footprint mostly in
 * the water is already reported as lying in the river (streets.ts, crossChecks.ts); this adds the
 * footprint that is mostly ashore with a few corners in the river.
 */
function cornersInWater(
  file: string,
  id: string,
  geometry: Parameters<typeof rings>[0],
  onLand: (position: LonLat) => boolean,
  what: string,
  mostlyReported: boolean,
): Problem[] {
  const corners = rings(geometry).flatMap(([ring, path]) =>
    ring.slice(0, -1).map((corner, index): [LonLat, string] => [corner, `${path}.${index}`]),
  );
  const wet = corners.filter(([corner]) => !onLand(corner));
  const first = wet[0];
  if (!first || (mostlyReported && wet.length * 2 > corners.length)) return [];
  return [
    {
      file,
      featureId: id,
      field: first[1],
      message: `${what} corner [${where(first[0])}] lies in the water (${wet.length} of ${corners.length} corners): draw it on the land of ${GEO_FILES.land}`,
    },
  ];
}

export function checkBlocksAndFootprints(data: DataSet): Problem[] {
  const onLand = makeLandTest(data);
  const problems: Problem[] = [];
  for (const building of data.buildings) {
    problems.push(...cornersInWater(GEO_FILES.buildings, building.properties.id, building.geometry, onLand, 'footprint', true));
  }
  for (const stronghold of data.strongholds) {
    problems.push(...cornersInWater(GEO_FILES.strongholds, stronghold.properties.id, stronghold.geometry, onLand, 'footprint', true));
  }
  const streets = data.streets.map((street) => {
    const line: Feature<LineString | MultiLineString> =
      street.geometry.type === 'LineString'
        ? lineString(street.geometry.coordinates)
        : multiLineString(street.geometry.coordinates);
    return { id: street.properties.id, line, box: bbox(line) };
  });
  for (const block of data.blocks) {
    const id = block.properties.id;
    problems.push(...cornersInWater(GEO_FILES.blocks, id, block.geometry, onLand, block.properties.kind, false));
    // A square is open ground the streets run into and across; only a block must keep clear of them.
    if (block.properties.kind !== 'block') continue;
    const area: Feature<Polygon> = polygon(block.geometry.coordinates);
    const box = bbox(area);
    for (const street of streets) {
      if (overlaps(box, street.box) && booleanIntersects(street.line, area)) {
        problems.push({
          file: GEO_FILES.blocks,
          featureId: id,
          field: 'geometry',
          message: `lies across the centre line of ${street.id} in ${GEO_FILES.streets}: a block ends at the street`,
        });
      }
    }
  }
  return problems;
}
