import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../time/localTime.ts';
import { featureBands } from './bands.ts';
import { fixtureData } from '../data/fixture.ts';
import { createTimeline } from './timeline.ts';

const engine = createTimeline(fixtureData().timeline);

describe('featureBands', () => {
  it('cuts the story at each change of the feature, covering it without gaps', () => {
    const bands = featureBands(engine, 'bridge-liteiny');
    expect(
      bands.map((band) => [formatLocalTime(band.from), formatLocalTime(band.to), band.state.bridge, band.state.control, band.state.settling]),
    ).toEqual([
      ['1917-11-06T00:00', '1917-11-06T17:00', 'lowered', 'government', false],
      ['1917-11-06T17:00', '1917-11-06T18:00', 'raised', 'government', false],
      // evt-liteiny-taken is known within 18:00–19:00: settling only until its latest minute
      ['1917-11-06T18:00', '1917-11-06T19:00', 'lowered', 'mrc', true],
      ['1917-11-06T19:00', '1917-11-09T00:00', 'lowered', 'mrc', false],
    ]);
  });

  it('gives a feature that never changes one band', () => {
    expect(featureBands(engine, 'smolny')).toHaveLength(1);
  });

  it('gives nothing for an unknown feature', () => {
    expect(featureBands(engine, 'nowhere')).toEqual([]);
  });
});
