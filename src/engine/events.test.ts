import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { localTime } from '../time/localTime.ts';
import { createEventMarks } from './events.ts';
import { createTimeline } from './timeline.ts';

const engine = createTimeline(fixtureData().timeline);
const marks = createEventMarks(engine.events);
const at = (text: string) => marks(localTime(text));
const id = (index: number) => engine.events[index]?.id;

describe('event marks', () => {
  it('has no current event before the first begins', () => {
    expect(at('1917-11-06T16:59')).toEqual({ current: -1, active: new Set() });
  });

  it('makes an event current from its first minute', () => {
    expect(id(at('1917-11-06T17:00').current)).toBe('evt-liteiny-raised');
  });

  it('keeps a windowed event active through its latest minute, not after', () => {
    expect(at('1917-11-06T19:00').active.has('evt-liteiny-taken')).toBe(true);
    expect(id(at('1917-11-06T20:00').current)).toBe('evt-lenin-leaves');
    expect(at('1917-11-06T22:01').active.has('evt-liteiny-taken')).toBe(false);
  });
});
