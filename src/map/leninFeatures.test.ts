import { length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createLeninWalk } from '../engine/leninWalk.ts';
import { fixtureData } from '../data/fixture.ts';
import { localTime } from '../time/localTime.ts';
import { leninFeatures } from './leninFeatures.ts';

const data = fixtureData();
const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
const parts = (time: string) => leninFeatures(walk, localTime(time)).features;
const trailKm = (time: string) =>
  parts(time)
    .filter((feature) => feature.properties?.part === 'trail')
    .reduce((sum, feature) => sum + length(feature as Feature<LineString>), 0);

describe('Lenin on the map', () => {
  it('has no trail before he leaves, and the whole route as trail once he has arrived', () => {
    expect(trailKm('1917-11-06T20:00')).toBe(0);
    expect(trailKm('1917-11-08T00:00')).toBeCloseTo(walk.lengthKm, 3);
  });

  it('grows the trail with time and splits it by mode', () => {
    expect(trailKm('1917-11-06T22:00')).toBeLessThan(trailKm('1917-11-06T23:30'));
    const modes = parts('1917-11-06T23:30').flatMap((feature) =>
      feature.properties?.part === 'trail' ? [feature.properties.mode as string] : [],
    );
    expect(modes).toEqual(['streetcar', 'walk']);
  });

  it('shows a timing band only while he is on the way', () => {
    const hasBand = (time: string) => parts(time).some((feature) => feature.properties?.part === 'band');
    expect(hasBand('1917-11-06T22:30')).toBe(true);
    expect(hasBand('1917-11-06T12:00')).toBe(false);
  });

  it('always has exactly one position marker, unless he is away on a later ride', () => {
    expect(parts('1917-11-06T22:30').filter((feature) => feature.properties?.part === 'position')).toHaveLength(1);
    const away = leninFeatures(walk, localTime('1917-11-08T05:00'), true).features;
    expect(away.filter((feature) => feature.properties?.part === 'position')).toHaveLength(0);
    expect(away.filter((feature) => feature.properties?.part === 'trail').length).toBeGreaterThan(0);
  });

  it("names the place his marker opens: the flat before he leaves, Smolny once he is there (not Smolny at any time)", () => {
    const place = (time: string): unknown => parts(time).find((feature) => feature.properties?.part === 'position')?.properties?.place;
    expect(place('1917-11-06T12:00')).toBe('wp-flat');
    expect(place('1917-11-06T22:30')).not.toBe('wp-smolny');
    expect(place('1917-11-08T00:00')).toBe('wp-smolny');
  });
});
