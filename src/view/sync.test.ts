import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { buildPlaceIndex } from '../data/placeIndex.ts';
import { createTimeline } from '../engine/timeline.ts';
import { localTime } from '../time/localTime.ts';
import { settlePanel, PANEL_SETTLE_MS } from './settle.ts';
import { createViewStore, type Transition } from './store.ts';
import { syncUrl, URL_SETTLE_MS, type UrlWindow } from './urlSync.ts';
import { parseUrlState } from './urlState.ts';
import { initialView, type ViewContext } from './viewState.ts';

const data = fixtureData();
const ctx: ViewContext = { engine: createTimeline(data.timeline), stories: data.stories, places: buildPlaceIndex(data), kiosk: false };
const storeAt = (search: string) => createViewStore(ctx, initialView(parseUrlState(search), ctx, 'en'));

/** A window with a history of entries, and popstate listeners the test can fire. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const win = {
    location: { search },
    history: {
      pushState: vi.fn((_: unknown, __: string, url: string) => {
        entries.splice(index + 1, Infinity, url);
        index += 1;
        win.location.search = url;
      }),
      replaceState: vi.fn((_: unknown, __: string, url: string) => {
        entries[index] = url;
        win.location.search = url;
      }),
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (timer: number | undefined) => clearTimeout(timer),
    back() {
      index -= 1;
      win.location.search = entries[index]!;
      for (const listener of listeners) listener();
    },
    entries,
  };
  return win;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the store', () => {
  it('tells each subscriber every transition once, and nothing when nothing changed', () => {
    const store = storeAt('?t=1917-11-06T16:00');
    const heard: Transition[] = [];
    const listener = (transition: Transition) => heard.push(transition);
    const off = store.subscribe(listener);
    store.subscribe(listener); // twice: still once
    store.dispatch({ type: 'slide', time: localTime('1917-11-06T17:30') });
    store.dispatch({ type: 'rest' });
    store.dispatch({ type: 'rest' });
    expect(heard.map((transition) => transition.intent.type)).toEqual(['slide', 'rest']);
    expect(heard[0]!.glow).toEqual(['bridge-liteiny']);
    off();
    store.dispatch({ type: 'jump', time: localTime('1917-11-06T12:00') });
    expect(heard).toHaveLength(2);
  });
});

describe('the panel follows when the slider rests', () => {
  it(`dispatches rest ${PANEL_SETTLE_MS} ms after the last move, not before`, () => {
    const store = storeAt('?t=1917-11-06T16:00');
    const off = settlePanel(store, { setTimeout, clearTimeout });
    store.dispatch({ type: 'slide', time: localTime('1917-11-06T16:30') });
    vi.advanceTimersByTime(PANEL_SETTLE_MS - 1);
    store.dispatch({ type: 'slide', time: localTime('1917-11-06T17:30') });
    vi.advanceTimersByTime(PANEL_SETTLE_MS - 1);
    expect(store.get().panel.time).toBe(localTime('1917-11-06T16:00'));
    vi.advanceTimersByTime(1);
    expect(store.get().panel.time).toBe(localTime('1917-11-06T17:30'));
    off();
  });
});

describe('the URL follows the view', () => {
  it('pushes deliberate choices at once and replaces for a rest, after URL_SETTLE_MS', () => {
    const win = fakeWindow('?t=1917-11-06T16:00&lang=en');
    const store = storeAt(win.location.search);
    const off = syncUrl(store, win as unknown as UrlWindow);
    store.dispatch({ type: 'select', id: 'smolny', fly: false });
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?t=1917-11-06T16:00&lang=en&feature=smolny');
    store.dispatch({ type: 'slide', time: localTime('1917-11-06T17:00') });
    store.dispatch({ type: 'rest' });
    vi.advanceTimersByTime(URL_SETTLE_MS - 1);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(win.location.search).toBe('?t=1917-11-06T17:00&lang=en&feature=smolny');
    expect(win.entries).toHaveLength(2);
    off();
  });

  it('after Back across a language switch, the next drag replaces the entry instead of pushing one', () => {
    const win = fakeWindow('?t=1917-11-06T16:00&lang=en');
    const store = storeAt(win.location.search);
    const off = syncUrl(store, win as unknown as UrlWindow);
    store.dispatch({ type: 'lang', lang: 'ru' });
    win.back();
    expect(store.get().lang).toBe('en');
    store.dispatch({ type: 'slide', time: localTime('1917-11-06T17:00') });
    store.dispatch({ type: 'rest' });
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.entries).toEqual(['?t=1917-11-06T17:00&lang=en', '?t=1917-11-06T16:00&lang=ru']);
    off();
  });

  it('Back cancels a replace still waiting, so it cannot overwrite the entry returned to', () => {
    const win = fakeWindow('?t=1917-11-06T16:00&lang=en');
    const store = storeAt(win.location.search);
    const off = syncUrl(store, win as unknown as UrlWindow);
    store.dispatch({ type: 'jump', time: localTime('1917-11-06T18:00') });
    store.dispatch({ type: 'camera', camera: { center: [30.3, 59.9], zoom: 13 } });
    win.back();
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(win.entries[0]).toBe('?t=1917-11-06T16:00&lang=en');
    expect(win.history.replaceState).not.toHaveBeenCalled();
    off();
  });
});
