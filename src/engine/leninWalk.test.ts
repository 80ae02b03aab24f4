import { along, distance, length, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { localTime, type LocalMinutes } from '../time/localTime.ts';
import { fixtureData } from '../data/fixture.ts';
import { createLeninWalk } from './leninWalk.ts';

const data = fixtureData();
const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
const position = (text: string) => walk.positionAt(localTime(text));
const metresFrom = (p: { lon: number; lat: number }, target: readonly number[]) =>
  distance([p.lon, p.lat], [...target], { units: 'meters' });

describe("Lenin's walk", () => {
  const flat = data.route.waypoints.find((w) => w.properties.id === 'wp-flat')!.geometry.coordinates;
  const smolny = data.route.waypoints.find((w) => w.properties.id === 'wp-smolny')!.geometry.coordinates;

  it('uses the middle of the departure and arrival windows, with half a window of uncertainty', () => {
    expect(walk.departure).toBe(localTime('1917-11-06T21:00'));
    expect(walk.arrival).toBe(localTime('1917-11-07T00:00'));
    expect(position('1917-11-06T20:00')).toMatchObject({ status: 'at-flat', timingUncertaintyMinutes: 60 });
  });

  it('is at the flat until he leaves and at Smolny after he arrives', () => {
    expect(metresFrom(position('1917-11-06T12:00'), flat)).toBeLessThan(1);
    expect(position('1917-11-06T21:00').status).toBe('at-flat');
    expect(position('1917-11-06T21:01').status).toBe('streetcar');
    expect(position('1917-11-07T00:00').status).toBe('at-smolny');
    expect(metresFrom(position('1917-11-08T12:00'), smolny)).toBeLessThan(1);
  });

  it('moves forward along the route, by streetcar first and then on foot', () => {
    const times = ['1917-11-06T21:10', '1917-11-06T22:00', '1917-11-06T23:00', '1917-11-06T23:50'];
    const progress = times.map((time) => position(time).progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(new Set(progress).size).toBe(times.length);
    expect(position('1917-11-06T21:10').status).toBe('streetcar');
    expect(position('1917-11-06T23:50').status).toBe('walk');
  });

  it('covers a streetcar kilometre three times faster than a walked one', () => {
    const firstWalkMinute = (() => {
      for (let t = walk.departure; t <= walk.arrival; t += 1) if (walk.positionAt(t as LocalMinutes).status === 'walk') return t;
      return NaN;
    })();
    const streetcarKm = walk.segmentEnds[0]!.distanceKm;
    const walkKm = walk.lengthKm - streetcarKm;
    const streetcarMinutes = firstWalkMinute - walk.departure;
    const walkMinutes = walk.arrival - firstWalkMinute;
    const ratio = walkMinutes / walkKm / (streetcarMinutes / streetcarKm);
    expect(ratio).toBeGreaterThan(2.6);
    expect(ratio).toBeLessThan(3.4);
  });

  it('is marked estimated, since its times are windows', () => {
    expect(position('1917-11-06T22:30').estimated).toBe(true);
  });

  it('passes over the middle of the Liteiny Bridge between leaving and arriving', () => {
    const bridge = data.bridges.find((b) => b.properties.id === 'bridge-liteiny')!.geometry.coordinates;
    const middle = along(lineString(bridge), length(lineString(bridge)) / 2).geometry.coordinates;
    let closest = Infinity;
    for (let t = walk.departure; t <= walk.arrival; t += 1) {
      closest = Math.min(closest, metresFrom(walk.positionAt(t as LocalMinutes), middle));
    }
    expect(closest).toBeLessThan(50);
  });
});
