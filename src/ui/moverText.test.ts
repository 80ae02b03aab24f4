import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { createLeninWalk } from '../engine/leninWalk.ts';
import { createMovers, moverTransitions } from '../engine/movers.ts';
import { createTimeline } from '../engine/timeline.ts';
import { localTime } from '../time/localTime.ts';
import { describeMover, describeTransition } from './moverText.ts';

const data = fixtureData();
const engine = createTimeline(data.timeline);
const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
const movers = createMovers(data.movers, data.timeline.events, engine, walk);
const ship = movers.find((m) => m.id === 'fixture-ship')!;
const text = (time: string, lang: 'en' | 'ru') => describeMover(ship, ship.positionAt(localTime(time)), lang);

describe('the movers in words', () => {
  it('says where a mover is, how it travels and how sure the time is, in both languages', () => {
    expect(text('1917-11-07T00:30', 'en')).toBe('Fixture Ship: on the way, under tow, between ship-start and ship-mid (time uncertain, ±60 min)');
    expect(text('1917-11-07T00:30', 'ru')).toBe('Тест fixture-ship: в пути, на буксире, между ship-start и ship-mid (время неточно, ±60 мин)');
    expect(text('1917-11-07T03:00', 'en')).toBe('Fixture Ship: there, at ship-end');
  });

  it('says nothing of a mover not on the map', () => {
    const car = movers.find((m) => m.id === 'fixture-car')!;
    expect(describeMover(car, car.positionAt(localTime('1917-11-07T03:00')), 'en')).toBeNull();
  });

  it('reports setting off, arriving and leaving the map for the live summary', () => {
    const passed = (from: string, to: string) =>
      moverTransitions(movers, localTime(from), localTime(to)).map((t) => describeTransition(t.name, t.transition, 'en'));
    expect(passed('1917-11-06T23:50', '1917-11-07T00:10')).toEqual(['Fixture Ship sets off', 'Lenin arrives']);
    expect(passed('1917-11-07T01:50', '1917-11-07T02:00')).toEqual(['Fixture Ship arrives']);
    expect(passed('1917-11-08T02:00', '1917-11-08T03:00')).toEqual(['Fixture Car leaves the map']);
    expect(passed('1917-11-07T02:00', '1917-11-07T01:00')).toEqual([]);
  });
});
