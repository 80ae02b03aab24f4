/**
 * Streets on land, on the fixture's two-bank city: the river runs east–west between 59.945 and
 * 59.950, the Liteiny Bridge crosses it at 30.35, a plain bridge at 30.40.
 */
import { describe, expect, it } from 'vitest';
import type { StreetFeature } from '../../model/schemas.ts';
import { fixtureData } from '../fixture.ts';
import { formatProblem } from '../problems.ts';
import { BRIDGE_TOLERANCE_M, MAX_TOUCH_M, checkStreetsOnLand, streetWetRuns } from './streetsOnLand.ts';

const base = fixtureData();
/** A degree of latitude in metres; of longitude at 59.95° about half of it. */
const M_PER_DEG_LAT = 111_320;
const M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos((59.95 * Math.PI) / 180);

function street(id: string, coordinates: [number, number][]): StreetFeature {
  const template = base.streets[0];
  if (!template) throw new Error('the fixture has no street');
  return { ...template, properties: { ...template.properties, id }, geometry: { type: 'LineString', coordinates } };
}

const check = (...streets: StreetFeature[]) => checkStreetsOnLand({ ...base, streets });

describe('streets on land', () => {
  it('passes the fixture, whose street ends at the bridge', () => {
    expect(checkStreetsOnLand(base)).toEqual([]);
  });

  it('passes a street that crosses the river on a bridge, or just beside its line', () => {
    const beside = 0.8 * BRIDGE_TOLERANCE_M;
    expect(check(street('on-bridge', [[30.35, 59.94], [30.35, 59.955]]))).toEqual([]);
    expect(check(street('beside-bridge', [[30.35 + beside / M_PER_DEG_LON, 59.94], [30.35 + beside / M_PER_DEG_LON, 59.955]]))).toEqual([]);
  });

  it('passes a street whose end only touches the water', () => {
    const touch = 0.7 * MAX_TOUCH_M;
    expect(check(street('touch', [[30.375, 59.94], [30.375, 59.945 + touch / M_PER_DEG_LAT]]))).toEqual([]);
  });

  it('fails an embankment drawn in the river, once, with its wet metres and where', () => {
    const problems = check(street('embankment-in-river', [[30.36, 59.9447], [30.36, 59.9455], [30.38, 59.9455], [30.38, 59.9447]]));
    expect(problems.map(formatProblem)).toEqual([
      'basemap/streets.geojson › embankment-in-river › geometry: runs 1224 m over the water where no bridge carries it, ' +
        'around [30.37000, 59.94550] in basemap/water.geojson › river: keep it on land or end it at the bank',
    ]);
  });

  it('fails a street that runs past its end into the river, and one that crosses off the bridge', () => {
    const into = street('into-river', [[30.37, 59.94], [30.37, 59.9454]]);
    const off = 2 * BRIDGE_TOLERANCE_M;
    const offBridge = street('off-bridge', [[30.35 + off / M_PER_DEG_LON, 59.94], [30.35 + off / M_PER_DEG_LON, 59.955]]);
    const runs = streetWetRuns({ ...base, streets: [into, offBridge] });
    expect(Math.round(runs.get('into-river')?.[0]?.metres ?? 0)).toBe(45);
    expect(Math.round(runs.get('off-bridge')?.[0]?.metres ?? 0)).toBe(560);
    expect(check(into, offBridge).map((p) => p.featureId)).toEqual(['into-river', 'off-bridge']);
  });

  it('counts the stretches of one street, and names each street once', () => {
    const twice = street('twice', [[30.37, 59.94], [30.37, 59.9455], [30.372, 59.9455], [30.372, 59.94], [30.38, 59.94], [30.38, 59.9455]]);
    const problems = check(twice);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^runs \d+ m over the water where no bridge carries it in 2 stretches, the longest 221 m/);
  });
});
