import { describe, expect, it } from 'vitest';
import type { FeatureState } from '../engine/timeline.ts';
import { describeState } from './CityText.tsx';
import { chartBandClass } from './TimelineChart.tsx';

const state = (certainty: FeatureState['certainty'], settling = false) => ({
  control: 'mrc' as const,
  bridge: 'lowered' as const,
  certainty,
  settling,
});

describe('the chart and the text call the same states uncertain as the map (engine isFirm)', () => {
  it('a probable state is firm: not faded in the chart, no caveat in the text', () => {
    expect(chartBandClass(state('probable'))).not.toContain('uncertain');
    expect(describeState(state('probable'), 'en')).toBe('held by the Military Revolutionary Committee, lowered');
  });

  it('an estimated or disputed state is faded and named', () => {
    expect(chartBandClass(state('estimated'))).toContain('uncertain');
    expect(describeState(state('disputed'), 'en')).toContain('disputed');
  });

  it('a settling state is faded and says it may not have happened yet', () => {
    expect(chartBandClass(state('confirmed', true))).toContain('uncertain');
    expect(describeState(state('confirmed', true), 'en')).toContain('may not have happened yet');
    expect(describeState(state('confirmed', true), 'ru')).toContain('возможно, ещё не произошло');
  });
});
