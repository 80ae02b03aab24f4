import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { createLeninWalk } from '../engine/leninWalk.ts';
import { createTimeline } from '../engine/timeline.ts';
import { localTime } from '../time/localTime.ts';
import { createScene } from './scene.ts';

const data = fixtureData();
const scene = createScene(
  createTimeline(data.timeline),
  createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events),
);
const at = (text: string) => scene.at(localTime(text));

describe('the scene', () => {
  it('keeps the same objects while nothing on the map changes', () => {
    expect(at('1917-11-06T12:00').states).toBe(at('1917-11-06T12:01').states);
    expect(at('1917-11-06T12:00').lenin).toBe(at('1917-11-06T12:01').lenin);
    expect(at('1917-11-08T00:00').lenin).toBe(at('1917-11-08T00:30').lenin);
  });

  it('gives new objects when something changes', () => {
    expect(at('1917-11-06T16:59').states).not.toBe(at('1917-11-06T17:00').states);
    expect(at('1917-11-06T22:30').lenin).not.toBe(at('1917-11-06T22:31').lenin);
  });
});
