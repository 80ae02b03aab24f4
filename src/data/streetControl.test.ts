/**
 * The streets and footprints measured against published reference data (geo/control/): every street
 * against the OpenStreetMap outlines of buildings that carry its addresses and the canal bridges on its
 * axis (src/data/streetAccuracy.ts), every footprint against the published coordinates of its building.
 * Prints the figures for the README's accuracy table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, pointToPolygonDistance, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEO_DIR } from './readGeoFiles.ts';
import {
  accuracyFailures,
  accuracyReport,
  measureStreets,
  quantile,
  STREET_MEDIAN_TARGET_M,
  type MeasuredStreet,
  type StreetReference,
} from './streetAccuracy.ts';

const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(GEO_DIR, path), 'utf8')) as T;

const streets = read<{ features: MeasuredStreet[] }>('basemap/streets.geojson').features;
const references = read<{ features: StreetReference[] }>('control/streets.geojson').features;
const accuracy = measureStreets(streets, references);

/** Enough references that one odd building cannot carry the median. */
const MIN_REFERENCES = 100;

describe('streets against reference buildings (geo/control/streets.geojson)', () => {
  it('names only streets that exist', () => {
    expect(accuracy.unknown).toEqual([]);
  });

  it('prints the count, median and p90 over all and per street, and keeps the median within the target', () => {
    console.log(accuracyReport(streets, accuracy));
    const all = [...accuracy.byStreet.values()].flat();
    expect(all.length).toBeGreaterThanOrEqual(MIN_REFERENCES);
    expect(quantile(all, 0.5)).toBeLessThanOrEqual(STREET_MEDIAN_TARGET_M);
  });

  it('keeps every street within the error it states', () => {
    expect(accuracyFailures(streets, accuracy)).toEqual([]);
  });
});

interface FootprintProps {
  id: string;
  uncertainty_m: number;
}
const footprints = new Map<string, Feature<Polygon, FootprintProps>>(
  [
    ...read<FeatureCollection<Polygon, FootprintProps>>('buildings.geojson').features,
    ...read<FeatureCollection<Polygon, FootprintProps>>('strongholds.geojson').features,
  ].map((feature) => [feature.properties.id, feature]),
);
const published = read<FeatureCollection<Point, { footprint: string; published: string }>>('control/buildings.geojson').features;

describe('footprints against published building coordinates (geo/control/buildings.geojson)', () => {
  it.each(published.map((point) => [point.properties.footprint, point.properties.published, point] as const))(
    '%s holds %s',
    (id, _what, point) => {
      const footprint = footprints.get(id);
      expect(footprint, `no footprint ${id}`).toBeDefined();
      // The outer ring: a published centroid may fall in a building's own courtyard.
      const outer = polygon([footprint!.geometry.coordinates[0]!]);
      const inside = booleanPointInPolygon(point.geometry.coordinates, outer);
      const off = inside ? 0 : pointToPolygonDistance(point.geometry.coordinates, outer, { units: 'meters' });
      expect(off, `${id} is ${Math.round(off)} m from ${point.properties.published}`).toBeLessThanOrEqual(
        footprint!.properties.uncertainty_m,
      );
    },
  );
});
