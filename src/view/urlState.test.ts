import { describe, expect, it } from 'vitest';
import { localTime } from '../time/localTime.ts';
import { parseUrlState, serializeUrlState } from './urlState.ts';

describe('URL state', () => {
  it('round-trips a full view', () => {
    const state = {
      t: localTime('1917-11-07T04:00'),
      lang: 'ru' as const,
      feature: 'bridge-liteiny',
      story: 'lenin-walk',
      step: 3,
      camera: { center: [30.345, 59.945] as [number, number], zoom: 13.2 },
    };
    const search = serializeUrlState(state);
    expect(search).toBe('t=1917-11-07T04:00&lang=ru&feature=bridge-liteiny&story=lenin-walk&step=3&at=30.3450,59.9450,13.20');
    expect(parseUrlState(`?${search}`)).toEqual(state);
  });

  it('drops each bad value on its own and keeps the good ones', () => {
    expect(parseUrlState('?t=1917-13-07T04:00&lang=de&feature=<script>&step=x&at=0,0,12')).toEqual({});
    expect(parseUrlState('?t=yesterday&lang=en')).toEqual({ lang: 'en' });
    expect(parseUrlState('?story=bridges&step=-2')).toEqual({ story: 'bridges', step: 1 });
  });

  it('refuses a camera outside the city or at an absurd zoom', () => {
    expect(parseUrlState('?at=37.6,55.75,12')).toEqual({});
    expect(parseUrlState('?at=30.34,59.94,40')).toEqual({});
  });
});
