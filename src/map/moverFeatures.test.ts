import { length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { createLeninWalk } from '../engine/leninWalk.ts';
import { createMovers } from '../engine/movers.ts';
import { createTimeline } from '../engine/timeline.ts';
import { localTime } from '../time/localTime.ts';
import { MOVER_MARKERS, moverImageName } from './moverIcons.ts';
import { createMoverFeed, moverFeatures, SHOT_SHOWN_MINUTES } from './moverFeatures.ts';
import { moverLabelLayers, moverLineLayers, moverMarkerLayers, MOVERS_SOURCE, restingMoverLabelLayers } from './moverLayers.ts';
import { THEMES } from './theme.ts';

const data = fixtureData();
const engine = createTimeline(data.timeline);
const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
const movers = createMovers(data.movers, data.timeline.events, engine, walk);
const byId = (id: string) => movers.find((m) => m.id === id)!;
const parts = (id: string, time: string) => moverFeatures(byId(id), localTime(time));
const ofPart = (features: Feature[], part: string) => features.filter((f) => f.properties?.part === part);
const km = (features: Feature[]) => features.reduce((sum, f) => sum + length(f as Feature<LineString>), 0);

describe('movers on the map', () => {
  it('draws nothing for a mover not yet on the map, or gone from it', () => {
    expect(parts('fixture-car', '1917-11-08T02:00')).toEqual([]);
    expect(parts('fixture-car', '1917-11-08T03:00')).toEqual([]);
  });

  it('has one marker with its shape, status, mode and names in both languages', () => {
    const [marker, ...others] = ofPart(parts('fixture-ship', '1917-11-07T01:00'), 'position');
    expect(others).toEqual([]);
    expect(marker?.properties).toMatchObject({ mover: 'fixture-ship', marker: 'ship', mode: 'tow', status: 'moving', estimated: true });
    expect(marker?.properties?.name_en).toBeTruthy();
    expect(marker?.properties?.name_ru).toBeTruthy();
  });

  it('grows its trail with time, split by the mode of each leg, and has the whole path behind it once there', () => {
    const early = ofPart(parts('fixture-ship', '1917-11-07T00:30'), 'trail');
    const late = ofPart(parts('fixture-ship', '1917-11-07T01:50'), 'trail');
    expect(km(early)).toBeLessThan(km(late));
    expect(late.map((f) => f.properties?.mode as string)).toEqual(['tow', 'ship']);
    expect(km(ofPart(parts('fixture-ship', '1917-11-07T03:00'), 'trail'))).toBeCloseTo(byId('fixture-ship').lengthKm, 3);
    expect(ofPart(parts('fixture-ship', '1917-11-06T12:00'), 'trail')).toEqual([]);
  });

  it('shows a band while its timing is uncertain, none once it has arrived at an exact minute', () => {
    expect(ofPart(parts('fixture-ship', '1917-11-07T01:00'), 'band')).toHaveLength(1);
    expect(ofPart(parts('fixture-ship', '1917-11-07T02:30'), 'band')).toEqual([]);
    // the car's departure is exact: no band
    expect(ofPart(parts('fixture-car', '1917-11-08T02:12'), 'band')).toEqual([]);
  });

  it('flashes a shot at the minute of its episode, for SHOT_SHOWN_MINUTES', () => {
    const shot = (time: string) => ofPart(parts('fixture-ship', time), 'shot').length;
    expect(shot('1917-11-07T22:39')).toBe(0);
    expect(shot('1917-11-07T22:40')).toBe(1);
    expect(shot(`1917-11-07T22:${40 + SHOT_SHOWN_MINUTES - 1}`)).toBe(1);
    expect(shot(`1917-11-07T22:${40 + SHOT_SHOWN_MINUTES}`)).toBe(0);
  });

  it('leaves Lenin to his own layer during the walk and while he is at Smolny, and shows him out on a ride', () => {
    expect(parts('lenin', '1917-11-06T22:30')).toEqual([]);
    expect(ofPart(parts('lenin', '1917-11-07T12:00'), 'position')).toEqual([]);
    expect(ofPart(parts('lenin', '1917-11-07T22:36'), 'position')).toHaveLength(1);
    const feed = createMoverFeed(movers);
    expect(feed.leninAway(localTime('1917-11-07T22:36'))).toBe(true);
    expect(feed.leninAway(localTime('1917-11-07T12:00'))).toBe(false);
  });
});

describe('the movers feed', () => {
  it('hands back the same collection while nothing moves, and a new one when something does', () => {
    const feed = createMoverFeed(movers);
    const first = feed.at(localTime('1917-11-06T12:00'));
    expect(feed.at(localTime('1917-11-06T12:01'))).toBe(first);
    const moving = feed.at(localTime('1917-11-07T01:00'));
    expect(moving).not.toBe(first);
    expect(feed.at(localTime('1917-11-07T01:01'))).not.toBe(moving);
  });
});

describe.each(Object.values(THEMES))('mover layers ($name)', (theme) => {
  const all = [...moverLineLayers(theme), ...moverMarkerLayers(theme), ...moverLabelLayers(theme), ...restingMoverLabelLayers(theme)];

  it('read only the movers source', () => {
    for (const layer of all) expect('source' in layer && layer.source, layer.id).toBe(MOVERS_SOURCE);
  });

  it('pick a marker image for every marker shape, by name', () => {
    const position = all.find((layer) => layer.id === 'movers-position');
    const layout = position?.type === 'symbol' ? position.layout : undefined;
    expect(JSON.stringify(layout?.['icon-image'])).toBe('["concat","mover-",["get","marker"]]');
    expect(MOVER_MARKERS.map(moverImageName)).toEqual(['mover-ship', 'mover-car', 'mover-column', 'mover-person']);
  });

  it('tell the modes apart by dash pattern, not colour alone', () => {
    const dashes = all.filter((layer) => layer.id.startsWith('movers-trail-')).map((layer) => JSON.stringify(layer.paint && 'line-dasharray' in layer.paint ? layer.paint['line-dasharray'] : null));
    expect(new Set(dashes).size).toBe(dashes.length);
  });
});
