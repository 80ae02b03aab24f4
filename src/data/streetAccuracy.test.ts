import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  accuracyFailures,
  distanceToReference,
  measureStreets,
  quantile,
  type MeasuredStreet,
  type StreetReference,
} from './streetAccuracy.ts';

/** Degrees per metre at St Petersburg's latitude (the module measures geodesically, so these are close). */
const LAT = 1 / 111_300;
const LON = 1 / 55_800;
const ORIGIN: Position = [30.3, 59.93];

/** A street running due east for 1 km, `north` metres north of the origin's latitude. */
function eastWest(id: string, north: number, uncertainty = 40): MeasuredStreet {
  return {
    type: 'Feature',
    properties: { id, uncertainty_m: uncertainty },
    geometry: {
      type: 'LineString',
      coordinates: [
        [ORIGIN[0]!, ORIGIN[1]! + north * LAT],
        [ORIGIN[0]! + 1000 * LON, ORIGIN[1]! + north * LAT],
      ],
    },
  };
}

/** A 20 m x 20 m house whose edge nearest the street axis (north = 0) lies `from` metres north of it. */
function house(street: string, east: number, from: number): StreetReference {
  const [x, y] = [ORIGIN[0]! + east * LON, ORIGIN[1]! + from * LAT];
  const ring: Position[] = [
    [x, y],
    [x + 20 * LON, y],
    [x + 20 * LON, y + Math.sign(from || 1) * 20 * LAT],
    [x, y + Math.sign(from || 1) * 20 * LAT],
    [x, y],
  ];
  return { type: 'Feature', properties: { street, address: `${east}` }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

// Houses 10 m either side of the axis every 100 m: the fronts of a street 20 m wide.
const houses = Array.from({ length: 10 }, (_, i) => house('street-a', i * 100, i % 2 ? 10 : -10));

describe('streetAccuracy', () => {
  it('measures a street drawn on its axis at about half its width from the houses', () => {
    const accuracy = measureStreets([eastWest('street-a', 0)], houses);
    expect(quantile(accuracy.byStreet.get('street-a')!, 0.5)).toBeCloseTo(10, 0);
    expect(accuracyFailures([eastWest('street-a', 0)], accuracy)).toEqual([]);
  });

  it('fails a street drawn 100 m off its course, even among good ones', () => {
    const good = Array.from({ length: 5 }, (_, k) => eastWest(`street-good-${k}`, 1000 * (k + 1)));
    const goodHouses = good.flatMap((street, k) =>
      Array.from({ length: 10 }, (_, i) => house(street.properties.id, i * 100, 1000 * (k + 1) + (i % 2 ? 10 : -10))),
    );
    const streets = [eastWest('street-a', 100), ...good];
    const failures = accuracyFailures(streets, measureStreets(streets, [...houses, ...goodHouses]));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^street-a: median 9\d m, states 40 m$/);
  });

  it('counts a line that runs through a house as off by how deep it goes in', () => {
    const through = house('street-a', 500, 5); // spans 5-25 m north of the axis
    // Through its middle: 10 m from the nearest wall (sampled every few metres, so a little under).
    const depth = distanceToReference(eastWest('street-a', 15), through);
    expect(depth).toBeGreaterThan(7);
    expect(depth).toBeLessThanOrEqual(10.5);
    expect(distanceToReference(eastWest('street-a', 5), through)).toBeLessThan(1);
  });

  it('fails the whole set when the median is above the target', () => {
    const streets = [eastWest('street-a', 60, 100)];
    expect(accuracyFailures(streets, measureStreets(streets, houses))).toEqual([
      'all streets: median 50 m, target 20 m',
    ]);
  });

  it('measures a canal embankment drawn on both banks by the nearer bank', () => {
    const both: MeasuredStreet = {
      ...eastWest('street-a', 0),
      geometry: {
        type: 'MultiLineString',
        coordinates: [eastWest('x', -300).geometry.coordinates as Position[], eastWest('x', 0).geometry.coordinates as Position[]],
      },
    };
    expect(distanceToReference(both, houses[1]!)).toBeCloseTo(10, 0);
  });

  it('lists references to streets that do not exist', () => {
    expect(measureStreets([eastWest('street-b', 0)], houses.slice(0, 2)).unknown).toEqual(['street-a', 'street-a']);
  });
});
