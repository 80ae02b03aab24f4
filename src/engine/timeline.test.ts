import { describe, expect, it } from 'vitest';
import { localTime } from '../time/localTime.ts';
import { fixtureData } from '../data/fixture.ts';
import { clampToStory, createTimeline, isFirm, type FeatureState } from './timeline.ts';
import type { LocalMinutes } from '../time/localTime.ts';

const data = fixtureData();
const engine = createTimeline(data.timeline);
const at = (text: string) => engine.stateAt(localTime(text));

describe('stateAt', () => {
  it('gives every feature its initial state at the start of the story', () => {
    const states = at('1917-11-06T00:00');
    expect(states.get('bridge-liteiny')).toMatchObject({ bridge: 'lowered', control: 'government', sinceEventId: null });
    expect(states.get('smolny')).toMatchObject({ control: 'mrc' });
    expect(states.size).toBe(data.timeline.initial.length);
  });

  it('applies an exact change at its minute, not before (a state starts at its change)', () => {
    expect(at('1917-11-06T16:59').get('bridge-liteiny')?.bridge).toBe('lowered');
    expect(at('1917-11-06T17:00').get('bridge-liteiny')?.bridge).toBe('raised');
    expect(at('1917-11-06T17:01').get('bridge-liteiny')?.bridge).toBe('raised');
  });

  it('keeps the other property when one changes', () => {
    expect(at('1917-11-06T17:30').get('bridge-liteiny')).toMatchObject({ bridge: 'raised', control: 'government' });
  });

  it('applies a windowed change at its earliest minute and marks it settling until its latest', () => {
    expect(at('1917-11-06T17:59').get('bridge-liteiny')).toMatchObject({ bridge: 'raised', settling: false });
    expect(at('1917-11-06T18:00').get('bridge-liteiny')).toMatchObject({
      bridge: 'lowered',
      control: 'mrc',
      settling: true,
      certainty: 'estimated',
      sinceEventId: 'evt-liteiny-taken',
    });
    expect(at('1917-11-06T18:59').get('bridge-liteiny')?.settling).toBe(true);
    expect(at('1917-11-06T19:00').get('bridge-liteiny')?.settling).toBe(false);
  });

  it('gives the initial states before the story starts and the last ones after it ends', () => {
    const before = engine.stateAt((engine.start - 1) as LocalMinutes);
    expect(before.get('bridge-liteiny')).toMatchObject({ bridge: 'lowered', control: 'government', sinceEventId: null });
    expect(before.get('winter-palace')?.control).toBe('government');
    const after = engine.stateAt((engine.end + 1) as LocalMinutes);
    expect(after.get('winter-palace')).toMatchObject({ control: 'mrc', sinceEventId: 'evt-palace-falls' });
    expect(after.get('bridge-liteiny')).toMatchObject({ control: 'mrc', settling: false });
  });

  it('returns the same object for every minute between two boundaries, a new one at each', () => {
    expect(at('1917-11-06T17:00')).toBe(at('1917-11-06T17:59'));
    expect(at('1917-11-06T16:59')).not.toBe(at('1917-11-06T17:00'));
    expect(at('1917-11-06T18:00')).toBe(at('1917-11-06T18:59'));
    // the end of a window is a boundary too: the state stops settling there
    expect(at('1917-11-06T19:00')).not.toBe(at('1917-11-06T18:59'));
    expect(at('1917-11-06T00:00')).toBe(at('1917-11-06T16:59'));
  });

  it('keeps the last state after the last change', () => {
    expect(at('1917-11-09T00:00').get('winter-palace')?.control).toBe('mrc');
    expect(at('1917-11-08T02:09').get('winter-palace')?.control).toBe('government');
    expect(at('1917-11-08T02:10').get('winter-palace')?.control).toBe('mrc');
  });

  it('carries the certainty of the change (a disputed time stays disputed)', () => {
    expect(at('1917-11-07T03:00').get('finland-station')).toMatchObject({ control: 'mrc', certainty: 'disputed' });
  });
});

describe('changes', () => {
  it('lists changes sorted by time, leaving out events that change nothing', () => {
    expect(engine.changes.map((change) => change.eventId)).toEqual([
      'evt-liteiny-raised',
      'evt-liteiny-taken',
      'evt-station-taken',
      'evt-palace-falls',
    ]);
  });

  it('changesBetween excludes the start and includes the end', () => {
    const between = engine.changesBetween(localTime('1917-11-06T17:00'), localTime('1917-11-07T02:00'));
    expect(between.map((change) => change.eventId)).toEqual(['evt-liteiny-taken', 'evt-station-taken']);
  });

  it('finds the next and the previous change strictly after and before t', () => {
    expect(engine.nextChange(localTime('1917-11-06T17:00'))?.eventId).toBe('evt-liteiny-taken');
    expect(engine.nextChange(localTime('1917-11-06T16:59'))?.eventId).toBe('evt-liteiny-raised');
    expect(engine.previousChange(localTime('1917-11-06T18:00'))?.eventId).toBe('evt-liteiny-raised');
    expect(engine.previousChange(localTime('1917-11-06T17:00'))).toBeNull();
    expect(engine.nextChange(localTime('1917-11-08T02:10'))).toBeNull();
  });

  it('clamps times to the story', () => {
    expect(clampToStory(engine, localTime('1917-11-01T00:00'))).toBe(engine.start);
    expect(clampToStory(engine, localTime('1917-12-01T00:00'))).toBe(engine.end);
    expect(clampToStory(engine, localTime('1917-11-07T12:00') + 0.4)).toBe(localTime('1917-11-07T12:00'));
  });
});

describe('isFirm: one meaning of uncertain for the map, the chart and the text', () => {
  const state = (certainty: FeatureState['certainty'], settling = false) => ({ certainty, settling });
  it('is firm for confirmed and probable states outside their window', () => {
    expect(isFirm(state('confirmed'))).toBe(true);
    expect(isFirm(state('probable'))).toBe(true);
  });
  it('is not firm for estimated or disputed states, nor inside a window', () => {
    expect(isFirm(state('estimated'))).toBe(false);
    expect(isFirm(state('disputed'))).toBe(false);
    expect(isFirm(state('confirmed', true))).toBe(false);
    expect(isFirm(state('probable', true))).toBe(false);
  });
});
