import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { buildPlaceIndex } from '../data/placeIndex.ts';
import { createTimeline } from '../engine/timeline.ts';
import { HOME_VIEW } from '../model/extent.ts';
import { formatLocalTime, localTime, type LocalMinutes } from '../time/localTime.ts';
import { parseUrlState } from './urlState.ts';
import {
  FLASH_WITHIN_MINUTES,
  GLOW_LIMIT,
  initialView,
  PLAYBACK_PANEL_MS,
  reduce,
  urlStateOf,
  type Intent,
  type View,
  type ViewContext,
} from './viewState.ts';

const data = fixtureData();
const engine = createTimeline(data.timeline);
const places = buildPlaceIndex(data);
const ctx: ViewContext = { engine, stories: data.stories, places, kiosk: false };
const kioskCtx: ViewContext = { ...ctx, kiosk: true };
const at = (text: string) => localTime(text);
const open = (search: string, context = ctx) => initialView(parseUrlState(search), context, 'en');
/** Applies intents in turn; returns every step. */
function run(view: View, intents: Intent[], context = ctx) {
  const steps = [];
  let current = view;
  for (const intent of intents) {
    const step = reduce(current, intent, context);
    steps.push(step);
    current = step.view;
  }
  return steps;
}
const last = <T>(items: T[]): T => items[items.length - 1] as T;

describe('opening a page', () => {
  it('opens at the URL time, else the story step time, else the opening moment', () => {
    expect(formatLocalTime(open('?t=1917-11-07T04:00').time)).toBe('1917-11-07T04:00');
    expect(formatLocalTime(open('?story=test-story&step=2').time)).toBe('1917-11-06T22:00');
    expect(formatLocalTime(open('').time)).toBe('1917-11-06T21:00');
  });

  it('clamps the URL time into the story', () => {
    expect(open('?t=1917-11-20T00:00').time).toBe(engine.end);
  });

  it("moves the camera to a linked story step's view, as stepping does (a camera in the URL wins)", () => {
    expect(open('?story=test-story&step=2').cameraRequest).toMatchObject({ center: [30.395, 59.94], zoom: 14 });
    expect(open('?story=test-story&step=2&at=30.3000,59.9300,13.00').cameraRequest).toMatchObject({ center: [30.3, 59.93], zoom: 13 });
    expect(open('').cameraRequest).toMatchObject({ center: HOME_VIEW.center, zoom: HOME_VIEW.zoom });
  });

  it('clamps a story step into the story: 0 → 1, beyond the last → the last', () => {
    expect(open('?story=test-story&step=99').story).toEqual({ id: 'test-story', step: 2 });
    expect(reduce(open(''), { type: 'story', id: 'test-story', step: 0 }, ctx).view.story).toEqual({ id: 'test-story', step: 1 });
    expect(reduce(open(''), { type: 'story', id: 'test-story', step: 2 }, ctx).view.story).toEqual({ id: 'test-story', step: 2 });
    expect(reduce(open(''), { type: 'story', id: 'test-story', step: 3 }, ctx).view.story).toEqual({ id: 'test-story', step: 2 });
  });

  it('ignores an unknown story and an unknown place', () => {
    const view = open('');
    expect(reduce(view, { type: 'story', id: 'nope', step: 1 }, ctx)).toEqual({ view, history: 'none', glow: [] });
    expect(open('?feature=nowhere').selected).toBeNull();
  });
});

describe('slide, jump and play', () => {
  const start = open('?t=1917-11-06T16:00');

  it('a slide moves the time and leaves the panel until the rest', () => {
    const [slide, rest] = run(start, [{ type: 'slide', time: at('1917-11-06T17:30') }, { type: 'rest' }]);
    expect(formatLocalTime(slide!.view.time)).toBe('1917-11-06T17:30');
    expect(slide!.view.panel).toBe(start.panel);
    expect(formatLocalTime(rest!.view.panel.time)).toBe('1917-11-06T17:30');
    expect(rest!.view.panel.changes.map((change) => change.eventId)).toEqual(['evt-liteiny-raised']);
  });

  it('a rest with the panel already there changes nothing', () => {
    expect(reduce(start, { type: 'rest' }, ctx).view).toBe(start);
  });

  it('a jump moves the time and the panel at once', () => {
    const { view } = reduce(start, { type: 'jump', time: at('1917-11-06T17:30') }, ctx);
    expect(view.panel.time).toBe(view.time);
  });

  it('playback moves the panel only when PLAYBACK_PANEL_MS have passed since it last did (999 / 1000)', () => {
    const [first, second, third] = run(start, [
      { type: 'tick', minutes: 1, now: 10_000 },
      { type: 'tick', minutes: 1, now: 10_000 + PLAYBACK_PANEL_MS - 1 },
      { type: 'tick', minutes: 1, now: 10_000 + PLAYBACK_PANEL_MS },
    ]);
    expect(formatLocalTime(first!.view.panel.time)).toBe('1917-11-06T16:01');
    expect(formatLocalTime(second!.view.time)).toBe('1917-11-06T16:02');
    expect(formatLocalTime(second!.view.panel.time)).toBe('1917-11-06T16:01');
    expect(formatLocalTime(third!.view.panel.time)).toBe('1917-11-06T16:03');
  });

  it('playback stops at the end of the story; playing from the end starts it again', () => {
    const playing = reduce(open('?t=1917-11-08T23:59'), { type: 'play', playing: true }, ctx).view;
    const atEnd = reduce(playing, { type: 'tick', minutes: 5, now: 0 }, ctx).view;
    expect(atEnd.time).toBe(engine.end);
    expect(atEnd.playback.playing).toBe(false);
    const again = reduce(atEnd, { type: 'play', playing: true }, ctx);
    expect(again.view.time).toBe(engine.start);
    expect(again.view.playback.playing).toBe(true);
    expect(again.history).toBe('push');
  });

  it('steps to the previous and next change; change-by-change playback stops after the last', () => {
    const next = reduce(start, { type: 'step', direction: 'next' }, ctx).view;
    expect(formatLocalTime(next.time)).toBe('1917-11-06T17:00');
    expect(formatLocalTime(reduce(next, { type: 'step', direction: 'previous' }, ctx).view.time)).toBe('1917-11-06T17:00');
    const end = { ...open('?t=1917-11-08T12:00'), playback: { playing: true, speed: 15, mode: 'changes' } } satisfies View;
    const stopped = reduce(end, { type: 'step', direction: 'next' }, ctx);
    expect(stopped.view.playback.playing).toBe(false);
    expect(stopped.view.time).toBe(end.time);
  });

  it('PageUp/PageDown jump an hour, clamped to the story', () => {
    expect(formatLocalTime(reduce(start, { type: 'nudge', minutes: 60 }, ctx).view.time)).toBe('1917-11-06T17:00');
    expect(reduce(open('?t=1917-11-06T00:30'), { type: 'nudge', minutes: -60 }, ctx).view.time).toBe(engine.start);
  });
});

describe('the glow', () => {
  const station = at('1917-11-07T02:00');
  const slideInto = (minutesBefore: number, how: 'slide' | 'jump' | 'tick') => {
    const from = open(`?t=${formatLocalTime((station - minutesBefore) as LocalMinutes)}`);
    const intent: Intent =
      how === 'tick' ? { type: 'tick', minutes: minutesBefore, now: 0 } : { type: how, time: station };
    return reduce(from, intent, ctx).glow;
  };

  it(`a slide or playback glows the changes passed within ${FLASH_WITHIN_MINUTES} minutes (179 / 180 / 181)`, () => {
    expect(slideInto(FLASH_WITHIN_MINUTES - 1, 'slide')).toEqual(['finland-station']);
    expect(slideInto(FLASH_WITHIN_MINUTES, 'slide')).toEqual(['finland-station']);
    expect(slideInto(FLASH_WITHIN_MINUTES + 1, 'slide')).toEqual([]);
    expect(slideInto(FLASH_WITHIN_MINUTES, 'tick')).toEqual(['finland-station']);
    expect(slideInto(FLASH_WITHIN_MINUTES + 1, 'tick')).toEqual([]);
  });

  it('a jump glows what it passed however far it goes, backwards too', () => {
    expect(slideInto(FLASH_WITHIN_MINUTES + 1, 'jump')).toEqual(['finland-station']);
    const back = reduce(open('?t=1917-11-06T17:30'), { type: 'jump', time: at('1917-11-06T16:59') }, ctx);
    expect(back.glow).toEqual(['bridge-liteiny']);
  });

  it(`glows at most the last ${GLOW_LIMIT} changes`, () => {
    const many = Array.from({ length: GLOW_LIMIT + 3 }, (_, index) => ({ featureId: `f${index}` }));
    const wide: ViewContext = { ...ctx, engine: { ...engine, changesBetween: () => many as never } };
    const { glow } = reduce(open(''), { type: 'jump', time: at('1917-11-07T12:00') }, wide);
    expect(glow).toEqual(many.slice(-GLOW_LIMIT).map((change) => change.featureId));
  });

  it('measures the glow from the map time and the panel changes from the panel time', () => {
    const [, jump] = run(open('?t=1917-11-06T16:00'), [
      { type: 'slide', time: at('1917-11-06T17:30') },
      { type: 'jump', time: at('1917-11-06T18:30') },
    ]);
    expect(jump!.glow).toEqual(['bridge-liteiny']);
    expect(jump!.view.panel.changes.map((change) => change.eventId)).toEqual(['evt-liteiny-raised', 'evt-liteiny-taken']);
  });

  it('Back and a kiosk reset glow nothing', () => {
    const view = open('?t=1917-11-07T01:00');
    expect(reduce(view, { type: 'url', url: parseUrlState('?t=1917-11-07T03:00') }, ctx).glow).toEqual([]);
    expect(reduce(open('?t=1917-11-06T17:30'), { type: 'kiosk-reset', lang: 'ru' }, ctx).glow).toEqual([]);
  });
});

describe('history', () => {
  const view = open('?t=1917-11-06T16:00&lang=en');

  it('pushes deliberate choices', () => {
    for (const intent of [
      { type: 'jump', time: at('1917-11-06T18:00') },
      { type: 'step', direction: 'next' },
      { type: 'select', id: 'smolny', fly: false },
      { type: 'story', id: 'test-story', step: 2 },
      { type: 'lang', lang: 'ru' },
    ] satisfies Intent[]) {
      expect(reduce(view, intent, ctx).history, intent.type).toBe('push');
    }
  });

  it("replaces for a slide's rest, playback and camera moves; a slide alone leaves the URL as it is", () => {
    const [slide, rest] = run(view, [{ type: 'slide', time: at('1917-11-06T17:00') }, { type: 'rest' }]);
    expect(slide!.history).toBe('none');
    expect(rest!.history).toBe('replace');
    expect(reduce(view, { type: 'camera', camera: { center: [30.3, 59.9], zoom: 13 } }, ctx).history).toBe('replace');
  });

  it('playback leaves the URL while it runs and replaces it when it stops: by a pause, or at the end', () => {
    const playing = reduce(view, { type: 'play', playing: true }, ctx);
    expect(playing.history).toBe('none');
    // the tick moves the panel (and so what the URL would show), but the address bar waits
    const tick = reduce(playing.view, { type: 'tick', minutes: 1, now: 10_000 }, ctx);
    expect(tick.view.panel.time).toBe(tick.view.time);
    expect(tick.view.panel.time).not.toBe(view.panel.time);
    expect(tick.history).toBe('none');
    expect(reduce(tick.view, { type: 'play', playing: false }, ctx).history).toBe('replace');
    const nearEnd = reduce(open('?t=1917-11-08T23:59'), { type: 'play', playing: true }, ctx).view;
    const last = reduce(nearEnd, { type: 'tick', minutes: 5, now: 10_000 }, ctx);
    expect(last.view.playback.playing).toBe(false);
    expect(last.history).toBe('replace');
  });

  it('selecting the place already open changes nothing: no entry, so the next slide does not push', () => {
    const opened = reduce(view, { type: 'select', id: 'smolny', fly: false }, ctx).view;
    const again = reduce(opened, { type: 'select', id: 'smolny', fly: false }, ctx);
    expect(again.history).toBe('none');
    expect(again.view).toBe(opened);
    // from a list, the camera flies again, but the URL is the same
    expect(reduce(opened, { type: 'select', id: 'smolny', fly: true }, ctx).history).toBe('none');
    const [, rest] = run(again.view, [{ type: 'slide', time: at('1917-11-06T17:00') }, { type: 'rest' }]);
    expect(rest!.history).toBe('replace');
  });

  it('Back across a language switch adds nothing, and the next drag replaces', () => {
    const steps = run(view, [
      { type: 'lang', lang: 'ru' },
      { type: 'url', url: parseUrlState('?t=1917-11-06T16:00&lang=en') },
      { type: 'slide', time: at('1917-11-06T17:00') },
      { type: 'rest' },
    ]);
    expect(steps.map((step) => step.history)).toEqual(['push', 'none', 'none', 'replace']);
    expect(steps[1]!.view.lang).toBe('en');
  });

  it('a kiosk never pushes', () => {
    expect(reduce(view, { type: 'story', id: 'test-story', step: 2 }, kioskCtx).history).toBe('replace');
    expect(reduce(view, { type: 'jump', time: at('1917-11-06T18:00') }, kioskCtx).history).toBe('replace');
  });

  it('the URL shows the panel time, the place, the story step and the camera', () => {
    const moved = run(view, [
      { type: 'story', id: 'test-story', step: 1 },
      { type: 'camera', camera: { center: [30.35, 59.95], zoom: 14 } },
    ]);
    expect(urlStateOf(last(moved).view)).toEqual({
      t: at('1917-11-06T16:00'),
      lang: 'en',
      feature: 'bridge-liteiny',
      story: 'test-story',
      step: 1,
      camera: { center: [30.35, 59.95], zoom: 14 },
    });
  });
});

describe('places, events and stories', () => {
  it('a story step sets the time, the card and the camera; in the attract loop without the card', () => {
    const { view } = reduce(open(''), { type: 'story', id: 'test-story', step: 1 }, ctx);
    expect(formatLocalTime(view.time)).toBe('1917-11-06T16:00');
    expect(view.selected).toBe('bridge-liteiny');
    expect(view.cameraRequest).toMatchObject({ center: [30.35, 59.95], zoom: 14, seq: 1 });
    expect(reduce(open(''), { type: 'story', id: 'test-story', step: 1, openCard: false }, ctx).view.selected).toBeNull();
  });

  it('choosing an event jumps to its earliest minute and opens its place with the camera on it', () => {
    const event = data.timeline.events.find((candidate) => candidate.id === 'evt-liteiny-taken')!;
    const { view } = reduce(open(''), { type: 'event', event }, ctx);
    expect(formatLocalTime(view.time)).toBe('1917-11-06T18:00');
    expect(view.selected).toBe('bridge-liteiny');
    expect(view.cameraRequest.center).toEqual(places.get('bridge-liteiny')!.center);
  });

  it('a place chosen on the map opens its card without moving the camera', () => {
    const view = open('');
    expect(reduce(view, { type: 'select', id: 'smolny', fly: false }, ctx).view.cameraRequest).toBe(view.cameraRequest);
  });
});

describe('kiosk reset', () => {
  it('returns to the opening moment, the whole city, the kiosk language, every panel closed', () => {
    const busy = run(open('?t=1917-11-07T04:00&lang=en'), [
      { type: 'story', id: 'test-story', step: 2 },
      { type: 'select', id: 'smolny', fly: true },
      { type: 'play', playing: true },
      { type: 'camera', camera: { center: [30.3, 59.9], zoom: 15 } },
    ]);
    const { view } = reduce(last(busy).view, { type: 'kiosk-reset', lang: 'ru' }, kioskCtx);
    expect(formatLocalTime(view.time)).toBe('1917-11-06T21:00');
    expect(view.panel.time).toBe(view.time);
    expect(view.panel.changes).toEqual([]);
    expect(view).toMatchObject({ lang: 'ru', selected: null, story: null, camera: null, resets: 1 });
    expect(view.playback.playing).toBe(false);
    expect(view.cameraRequest).toMatchObject({ center: HOME_VIEW.center, zoom: HOME_VIEW.zoom });
    expect(view.cameraRequest.seq).toBeGreaterThan(last(busy).view.cameraRequest.seq);
  });

  it("opens on and returns to the context's home camera when it has one (the kiosk's fits its screen)", () => {
    const home = { center: [30.32, 59.945] as [number, number], zoom: 12.1 };
    const withHome: ViewContext = { ...kioskCtx, home };
    const opened = open('?t=1917-11-07T04:00', withHome);
    expect(opened.cameraRequest).toMatchObject(home);
    // a camera or a story step in the link still wins
    expect(open('?at=30.3000,59.9300,13.00', withHome).cameraRequest).toMatchObject({ center: [30.3, 59.93], zoom: 13 });
    const moved = reduce(opened, { type: 'camera', camera: { center: [30.3, 59.9], zoom: 15 } }, withHome).view;
    expect(reduce(moved, { type: 'kiosk-reset', lang: 'ru' }, withHome).view.cameraRequest).toMatchObject(home);
  });
});
