import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { MoverFeature, MoverStopFeature } from '../model/movers.ts';
import { localTime, type LocalMinutes } from '../time/localTime.ts';
import { fixtureData } from '../data/fixture.ts';
import { createLeninWalk } from './leninWalk.ts';
import { BEAM_SHOWN_MINUTES, bandMetres, buildProfile, createMover, createMovers, moverSnapshots, positionalMetres } from './movers.ts';
import { createTimeline } from './timeline.ts';

const data = fixtureData();
const engine = createTimeline(data.timeline);
const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
const movers = createMovers(data.movers, data.timeline.events, engine, walk);
const mover = (id: string) => movers.find((m) => m.id === id)!;
const at = (id: string, time: string) => mover(id).positionAt(localTime(time));
const metres = (a: { lon: number; lat: number }, b: readonly number[]) => distance([a.lon, a.lat], [...b], { units: 'meters' });
const minute = (time: string) => localTime(time) as number;

describe('the timetable of a mover (buildProfile)', () => {
  const anchor = (stop: number, kind: 'arrive' | 'depart', time: number, uncertaintyMinutes = 0) => ({
    stop,
    kind,
    time,
    uncertaintyMinutes,
    estimated: uncertaintyMinutes > 0,
  });

  it('stretches the legs between a timed departure and a timed arrival, in proportion to length over pace', () => {
    // 1 km at 3 km/h (20 min) then 1 km at 6 km/h (10 min): 60 minutes shared 2 : 1
    const profile = buildProfile([0, 1, 2], [3, 6], [anchor(0, 'depart', 0, 30), anchor(2, 'arrive', 60)]);
    expect(profile.map((p) => [p.time, p.distanceKm])).toEqual([
      [0, 0],
      [40, 1],
      [60, 2],
    ]);
    expect(profile.map((p) => p.uncertaintyMinutes)).toEqual([30, 30, 0]);
  });

  it('travels at pace after a timed departure and before a timed arrival', () => {
    expect(buildProfile([0, 2], [30], [anchor(0, 'depart', 100)]).map((p) => p.time)).toEqual([100, 104]);
    expect(buildProfile([0, 2], [30], [anchor(1, 'arrive', 100)]).map((p) => p.time)).toEqual([96, 100]);
  });

  it('waits at a stop between a timed arrival there and the departure the next arrival implies', () => {
    const profile = buildProfile([0, 1, 2], [60, 60], [anchor(1, 'arrive', 100), anchor(2, 'arrive', 200)]);
    expect(profile.map((p) => [p.time, p.distanceKm])).toEqual([
      [99, 0],
      [100, 1],
      [199, 1],
      [200, 2],
    ]);
  });

  it('passes through a stop timed by one event, reaching it at that minute', () => {
    const profile = buildProfile([0, 1, 2], [60, 60], [anchor(1, 'arrive', 100), anchor(1, 'depart', 100)]);
    expect(profile.map((p) => [p.time, p.distanceKm])).toEqual([
      [99, 0],
      [100, 1],
      [101, 2],
    ]);
  });
});

describe('a ship timed by a windowed departure and an exact arrival', () => {
  const [start, , end] = data.movers.stops
    .filter((s) => s.properties.mover === 'fixture-ship')
    .sort((a, b) => a.properties.order - b.properties.order)
    .map((s) => s.geometry.coordinates);

  it('waits at its first stop up to the middle of the departure window, then moves', () => {
    expect(at('fixture-ship', '1917-11-06T12:00')).toMatchObject({ status: 'waiting', mode: 'tow' });
    expect(metres(at('fixture-ship', '1917-11-06T23:59'), start!)).toBeLessThan(1);
    expect(at('fixture-ship', '1917-11-07T00:00').status).toBe('waiting');
    expect(at('fixture-ship', '1917-11-07T00:01').status).toBe('moving');
  });

  it('is towed first and under way after, and arrives at the exact minute of its event', () => {
    expect(at('fixture-ship', '1917-11-07T00:30').mode).toBe('tow');
    expect(at('fixture-ship', '1917-11-07T01:50').mode).toBe('ship');
    expect(at('fixture-ship', '1917-11-07T01:59').status).toBe('moving');
    expect(at('fixture-ship', '1917-11-07T02:00').status).toBe('arrived');
    expect(metres(at('fixture-ship', '1917-11-08T12:00'), end!)).toBeLessThan(1);
    expect(at('fixture-ship', '1917-11-08T12:00').status).toBe('arrived');
  });

  it('carries the uncertainty of its departure window while it moves, none once it is there', () => {
    expect(at('fixture-ship', '1917-11-07T01:00')).toMatchObject({ uncertaintyMinutes: 60, estimated: true });
    expect(at('fixture-ship', '1917-11-07T02:00').uncertaintyMinutes).toBe(0);
    expect(bandMetres(mover('fixture-ship'), localTime('1917-11-07T01:00'), at('fixture-ship', '1917-11-07T01:00'))).toBeGreaterThan(100);
  });

  it('is on the map from the start of the story, as its data says', () => {
    expect(at('fixture-ship', '1917-11-06T00:00').status).toBe('waiting');
  });

  it('keeps its episodes with their times', () => {
    expect(mover('fixture-ship').episodes).toEqual([{ eventId: 'evt-congress', at: end, time: localTime('1917-11-07T22:40') }]);
  });
});

describe('a car timed by its departure alone, leaving the map', () => {
  it('shows from its departure, drives at its pace and is gone once it is out of the city', () => {
    expect(at('fixture-car', '1917-11-08T02:09').status).toBe('hidden');
    expect(at('fixture-car', '1917-11-08T02:10').status).toBe('waiting');
    expect(at('fixture-car', '1917-11-08T02:11')).toMatchObject({ status: 'moving', mode: 'car' });
    const profile = mover('fixture-car').profile;
    const arrival = profile[profile.length - 1]!.time;
    // 3.8 km at 30 km/h: about 7.6 minutes
    expect(arrival - minute('1917-11-08T02:10')).toBeCloseTo((mover('fixture-car').lengthKm / 30) * 60, 6);
    expect(mover('fixture-car').positionAt(Math.floor(arrival) as LocalMinutes).status).toBe('moving');
    expect(mover('fixture-car').positionAt(Math.ceil(arrival) as LocalMinutes).status).toBe('gone');
  });
});

describe("Lenin's mover", () => {
  it('is his walk until he reaches Smolny, with the walk’s positions', () => {
    const t = localTime('1917-11-06T22:30');
    const step = walk.positionAt(t);
    expect(mover('lenin').positionAt(t)).toMatchObject({ lon: step.lon, lat: step.lat, status: 'moving' });
    expect(at('lenin', '1917-11-06T20:00').status).toBe('waiting');
  });

  it('stops at Smolny after the walk, then rides off in time to arrive at the minute of its event', () => {
    expect(at('lenin', '1917-11-07T12:00')).toMatchObject({ status: 'stopped' });
    expect(metres(at('lenin', '1917-11-07T12:00'), walk.coordinates[walk.coordinates.length - 1]!)).toBeLessThan(1);
    expect(at('lenin', '1917-11-07T22:39').status).toBe('moving');
    expect(at('lenin', '1917-11-07T22:40').status).toBe('arrived');
  });
});

describe('beams', () => {
  const stopBase = { kind: 'mover-stop' as const, certainty: 'estimated' as const, uncertainty_m: 0, sources: [{ ref: 'test-fixture' }] };
  const feature: MoverFeature = {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [[30.31, 59.9475], [30.33, 59.9475]] },
    properties: {
      id: 'beam-ship', kind: 'mover', name: { en: 'Beam', ru: 'Луч' }, marker: 'ship', card: { en: 'c', ru: 'к' },
      certainty: 'estimated', uncertainty_m: 0, sources: [{ ref: 'test-fixture' }], legs: [{ mode: 'ship', pace_kmh: 6 }], after: 'stays',
    },
  };
  const stops: MoverStopFeature[] = [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [30.31, 59.9475] }, properties: { ...stopBase, id: 'b1', mover: 'beam-ship', order: 1, name: { en: 'a', ru: 'а' } } },
    {
      type: 'Feature', geometry: { type: 'Point', coordinates: [30.33, 59.9475] },
      properties: { ...stopBase, id: 'b2', mover: 'beam-ship', order: 2, name: { en: 'b', ru: 'б' }, arrive: 'evt-station-taken', beam: { feature: 'bridge-liteiny', toward: [30.35, 59.9475], from: 'evt-station-taken' } },
    },
  ];
  it('is lit at its event and shown for BEAM_SHOWN_MINUTES', () => {
    const ship = createMover(feature, stops, new Map(data.timeline.events.map((e) => [e.id, e])), engine, null);
    expect(ship.beams).toEqual([
      { from: [30.33, 59.9475], toward: [30.35, 59.9475], start: localTime('1917-11-07T02:00'), end: minute('1917-11-07T02:00') + BEAM_SHOWN_MINUTES },
    ]);
  });
});

describe('movers as the state command lists them', () => {
  it('lists what is on the map, Lenin included, and leaves out what is not yet shown or gone', () => {
    const ids = (time: string) => moverSnapshots(movers, localTime(time)).map((m) => m.id);
    expect(ids('1917-11-07T01:00')).toEqual(['fixture-ship', 'lenin']);
    expect(ids('1917-11-08T02:12')).toEqual(['fixture-ship', 'fixture-car', 'lenin']);
    expect(ids('1917-11-08T03:00')).toEqual(['fixture-ship', 'lenin']);
  });

  it('gives each its mode, status, estimated flag and an uncertainty in metres no smaller than its path’s', () => {
    const [ship] = moverSnapshots(movers, localTime('1917-11-07T01:00'));
    expect(ship).toMatchObject({ id: 'fixture-ship', mode: 'tow', status: 'moving', estimated: true });
    expect(ship!.uncertainty_m).toBeGreaterThanOrEqual(50);
    expect(Number.isInteger(ship!.uncertainty_m)).toBe(true);
  });
});

describe('how far a mover may be from where it is drawn', () => {
  it("is a stop's own uncertainty while it rests there and the path's while it moves, never less than its timing band", () => {
    const ship = mover('fixture-ship');
    const resting = at('fixture-ship', '1917-11-07T03:00');
    expect(positionalMetres(ship, localTime('1917-11-07T03:00'), resting)).toBe(50);
    const moving = at('fixture-ship', '1917-11-07T01:00');
    expect(positionalMetres(ship, localTime('1917-11-07T01:00'), moving)).toBe(ship.pathUncertaintyM);
    const [snapshot] = moverSnapshots(movers, localTime('1917-11-07T01:00'));
    expect(snapshot!.uncertainty_m).toBe(Math.round(bandMetres(ship, localTime('1917-11-07T01:00'), moving)));
  });
});
