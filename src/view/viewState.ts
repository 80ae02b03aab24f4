/**
 * The view as a pure reducer: every way the visitor (or the kiosk, or Back) changes what is shown is
 * an intent, and `reduce(view, intent, context)` returns the next view, whether the browser history
 * gets a new entry, and which features glow. No React, no DOM, no clock: each rule has a test.
 *
 * Rules:
 * - A slide (a drag of the slider) moves the time only; the side panel waits for the `rest` intent.
 *   A jump (a button, a key, an event, a card, a story step) moves the time and the panel at once.
 *   Playback moves the panel at most once every PLAYBACK_PANEL_MS.
 * - The changes passed glow once, the last GLOW_LIMIT of them: all of them after a jump, none after
 *   a slide or playback step longer than FLASH_WITHIN_MINUTES (that would light up half the city),
 *   none after Back or a kiosk reset. The glow is measured from the map's last time, the panel's
 *   changes (read out to screen readers) from the panel's last time.
 * - History: a deliberate choice (jump, step, place, story step, language) pushes an entry, a slide's
 *   rest, the end of playback (a pause, or the story's end) and a camera move replace it, Back and
 *   Forward add nothing; while playback runs the URL stays as it was. Whatever the intent,
 *   if what the URL shows did not change the answer is 'none'. A kiosk never pushes.
 * - A story step is clamped into the story (1…its length); an unknown story changes nothing.
 * - Opening a story step, by a button or by a link, moves the camera to the step's view.
 * - With no camera in the URL and no story step, the map opens on the context's home camera, and a
 *   kiosk reset returns to it.
 */
import { eventSpan } from '../model/eventTime.ts';
import { clampToStory, type Change, type TimelineEngine } from '../engine/timeline.ts';
import type { CameraRequest } from '../map/feed.ts';
import { HOME_VIEW, type Camera } from '../model/extent.ts';
import type { MoverTransition } from '../engine/movers.ts';
import type { Localized, Story, TimelineEvent } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { localTime, type LocalMinutes } from '../time/localTime.ts';
import type { UrlState } from './urlState.ts';

/** Where the story opens: the evening Lenin set out for Smolny. */
export const OPENING_TIME = '1917-11-06T21:00';
/** Slides and playback longer than this glow nothing; a long jump would flash half the city. */
export const FLASH_WITHIN_MINUTES = 180;
/** At most this many of the changes passed glow (and are read out). */
export const GLOW_LIMIT = 8;
/** While playing, how often the side panel follows (a minute of story passes in a few frames). */
export const PLAYBACK_PANEL_MS = 1000;
/** How close the camera comes to a place chosen in a list. */
export const PLACE_ZOOM = 14.5;

/** Story minutes per real second. */
export const SPEEDS = [5, 15, 60] as const;
export type Speed = (typeof SPEEDS)[number];
export type PlayMode = 'continuous' | 'changes';

export interface Playback {
  playing: boolean;
  speed: Speed;
  mode: PlayMode;
}

/** Movers that set off, arrived or left the map on the way to the panel's time (read out too). */
export type MoverNews = readonly { name: Localized; transition: MoverTransition }[];

/** What the side panel shows: its time, and the changes passed on the way to it. */
export interface Panel {
  time: LocalMinutes;
  changes: readonly Change[];
  moverNews: MoverNews;
  /** When playback last moved it (the tick's clock, ms); other moves leave it. */
  movedAt: number;
}

export interface View {
  /** What the map and the clock show. */
  time: LocalMinutes;
  panel: Panel;
  lang: Lang;
  /** The place whose card is open. */
  selected: string | null;
  story: { id: string; step: number } | null;
  /** Where the map last reported its camera (null until it moves, or after a reset): for the URL. */
  camera: Camera | null;
  /** The last request to move the camera (seq 0: where the map starts). */
  cameraRequest: CameraRequest;
  playback: Playback;
  /** Kiosk resets so far: panels that keep their own open state start afresh at each. */
  resets: number;
}

export type History = 'push' | 'replace' | 'none';

export type Intent =
  | { type: 'slide'; time: number }
  | { type: 'jump'; time: number }
  /** PageUp/PageDown: a jump by this many minutes from now. */
  | { type: 'nudge'; minutes: number }
  /** ⏮/⏭ and change-by-change playback: to the previous or next change. */
  | { type: 'step'; direction: 'previous' | 'next' }
  /** A playback frame: `minutes` of story have passed; `now` is the frame's clock (ms). */
  | { type: 'tick'; minutes: number; now: number }
  /** The slider has rested: the panel catches up. */
  | { type: 'rest' }
  | { type: 'select'; id: string; fly: boolean }
  | { type: 'close' }
  | { type: 'event'; event: TimelineEvent }
  | { type: 'story'; id: string; step: number; openCard?: boolean }
  | { type: 'end-story' }
  | { type: 'lang'; lang: Lang }
  | { type: 'camera'; camera: Camera }
  | { type: 'play'; playing: boolean }
  | { type: 'speed'; speed: Speed }
  | { type: 'mode'; mode: PlayMode }
  /** Back or Forward: the view the URL describes. */
  | { type: 'url'; url: UrlState }
  | { type: 'kiosk-reset'; lang: Lang };

export interface ViewContext {
  engine: Pick<TimelineEngine, 'start' | 'end' | 'changesBetween' | 'nextChange' | 'previousChange'>;
  stories: readonly Story[];
  /** Where the camera looks for each place a visitor can select. */
  places: ReadonlyMap<string, { center: [number, number] }>;
  kiosk: boolean;
  /** What the movers did between two times, forward (engine/movers.ts moverTransitions). */
  moverTransitions?: (from: LocalMinutes, to: LocalMinutes) => MoverNews;
  /** Where the map opens and a kiosk reset returns (default HOME_VIEW; the kiosk's is ./homeCamera.ts). */
  home?: Camera;
}

export interface Step {
  view: View;
  history: History;
  /** Ids of the features whose change was just passed, to glow once. */
  glow: readonly string[];
}

type How = 'slide' | 'play' | 'jump' | 'reset';

/** The changes passed moving between two times, either way, by the rules above. */
export function passedChanges(ctx: ViewContext, a: LocalMinutes, b: LocalMinutes, how: How): readonly Change[] {
  if (a === b || how === 'reset') return NONE;
  const low = Math.min(a, b) as LocalMinutes;
  const high = Math.max(a, b) as LocalMinutes;
  if (how !== 'jump' && high - low > FLASH_WITHIN_MINUTES) return NONE;
  const passed = ctx.engine.changesBetween(low, high);
  return passed.length === 0 ? NONE : passed.slice(-GLOW_LIMIT);
}

const NONE: readonly never[] = Object.freeze([]);

/** The movers' news passed moving forward, by the glow's rules (none backwards, after a reset or a long slide). */
export function passedMoverNews(ctx: ViewContext, a: LocalMinutes, b: LocalMinutes, how: How): MoverNews {
  if (!ctx.moverTransitions || how === 'reset' || b <= a || (how !== 'jump' && b - a > FLASH_WITHIN_MINUTES)) return NONE;
  return ctx.moverTransitions(a, b);
}

export function findStory(stories: readonly Story[], id: string, step: number): { story: Story; step: number } | null {
  const story = stories.find((candidate) => candidate.id === id);
  if (!story) return null;
  return { story, step: Math.min(Math.max(1, Math.round(step)), story.steps.length) };
}

function stepCamera(ctx: ViewContext, story: View['story']): Camera | null {
  if (!story) return null;
  const step = findStory(ctx.stories, story.id, story.step);
  const camera = step?.story.steps[step.step - 1]?.camera;
  return camera ? { center: [camera.center[0], camera.center[1]], zoom: camera.zoom } : null;
}

/** The view a URL describes (a link opened, or Back), with `base` for what the URL leaves out. */
function fromUrl(url: UrlState, ctx: ViewContext, base: { lang: Lang; seq: number; playback: Playback; resets: number }): View {
  const found = url.story !== undefined ? findStory(ctx.stories, url.story, url.step ?? 1) : null;
  const story = found ? { id: found.story.id, step: found.step } : null;
  const storyTime = found?.story.steps[found.step - 1]?.time;
  const time = clampToStory(ctx.engine, url.t ?? storyTime ?? localTime(OPENING_TIME));
  const camera = url.camera ?? null;
  const target = camera ?? stepCamera(ctx, story) ?? ctx.home ?? HOME_VIEW;
  return {
    time,
    panel: { time, changes: NONE, moverNews: NONE, movedAt: -Infinity },
    lang: url.lang ?? base.lang,
    selected: url.feature !== undefined && ctx.places.has(url.feature) ? url.feature : null,
    story,
    camera,
    cameraRequest: { center: [target.center[0], target.center[1]], zoom: target.zoom, seq: base.seq },
    playback: base.playback,
    resets: base.resets,
  };
}

export const INITIAL_PLAYBACK: Playback = { playing: false, speed: 15, mode: 'continuous' };

/** The view a page opens with: the URL's, else the story step's time, else the opening moment. */
export function initialView(url: UrlState, ctx: ViewContext, lang: Lang): View {
  return fromUrl(url, ctx, { lang, seq: 0, playback: INITIAL_PLAYBACK, resets: 0 });
}

/** What the URL shows of a view. */
export function urlStateOf(view: View): UrlState {
  const state: UrlState = { t: view.panel.time, lang: view.lang };
  if (view.selected) state.feature = view.selected;
  if (view.story) {
    state.story = view.story.id;
    state.step = view.story.step;
  }
  if (view.camera) state.camera = view.camera;
  return state;
}

function sameUrl(a: View, b: View): boolean {
  return (
    a.panel.time === b.panel.time &&
    a.lang === b.lang &&
    a.selected === b.selected &&
    a.story?.id === b.story?.id &&
    a.story?.step === b.story?.step &&
    a.camera === b.camera
  );
}

/** Moves the time (and the panel, unless `panelStays`), with the glow measured from the map's last time. */
function moveTime(
  view: View,
  ctx: ViewContext,
  to: number,
  how: How,
  panelStays: boolean,
  now?: number,
): { view: View; glow: readonly string[] } {
  const time = clampToStory(ctx.engine, to);
  const glow = passedChanges(ctx, view.time, time, how).map((change) => change.featureId);
  let panel = view.panel;
  if (!panelStays && (time !== panel.time || now !== undefined)) {
    panel = {
      time,
      changes: passedChanges(ctx, panel.time, time, how),
      moverNews: passedMoverNews(ctx, panel.time, time, how),
      movedAt: now ?? panel.movedAt,
    };
  }
  if (time === view.time && panel === view.panel) return { view, glow: NONE };
  return { view: { ...view, time, panel }, glow };
}

function askCamera(view: View, camera: Camera): CameraRequest {
  return { center: [camera.center[0], camera.center[1]], zoom: camera.zoom, seq: view.cameraRequest.seq + 1 };
}

function goToStep(view: View, ctx: ViewContext, id: string, stepNumber: number, openCard: boolean): { view: View; glow: readonly string[] } {
  const found = findStory(ctx.stories, id, stepNumber);
  const step = found?.story.steps[found.step - 1];
  if (!found || !step) return { view, glow: NONE };
  const moved = moveTime(view, ctx, step.time, 'jump', false);
  const feature = step.feature;
  return {
    view: {
      ...moved.view,
      story: { id: found.story.id, step: found.step },
      selected: openCard && feature !== null && ctx.places.has(feature) ? feature : null,
      cameraRequest: askCamera(view, { center: [step.camera.center[0], step.camera.center[1]], zoom: step.camera.zoom }),
    },
    glow: moved.glow,
  };
}

/** The view after `intent`, and what to do about history and the glow. */
export function reduce(view: View, intent: Intent, ctx: ViewContext): Step {
  const { next, glow, history } = apply(view, intent, ctx);
  // A pause replaces even when the view's URL did not change with it: playback left the address bar
  // where it started, so the URL to compare with is not the view before the pause.
  const urlBehind = intent.type === 'play' && !intent.playing;
  let decided: History = next === view || (!urlBehind && sameUrl(view, next)) ? 'none' : history;
  // A kiosk keeps one history entry: nobody goes Back there, and the history would grow all day.
  if (ctx.kiosk && decided === 'push') decided = 'replace';
  return { view: next, history: decided, glow };
}

function apply(view: View, intent: Intent, ctx: ViewContext): { next: View; glow: readonly string[]; history: History } {
  const result = (moved: { view: View; glow: readonly string[] }, history: History) => ({ next: moved.view, glow: moved.glow, history });
  const same = { next: view, glow: NONE, history: 'none' as const };
  switch (intent.type) {
    case 'slide':
      return result(moveTime(view, ctx, intent.time, 'slide', true), 'replace');
    case 'jump':
      return result(moveTime(view, ctx, intent.time, 'jump', false), 'push');
    case 'nudge':
      return result(moveTime(view, ctx, view.time + intent.minutes, 'jump', false), 'push');
    case 'step': {
      const change = intent.direction === 'next' ? ctx.engine.nextChange(view.time) : ctx.engine.previousChange(view.time);
      if (change) return result(moveTime(view, ctx, change.at, 'jump', false), 'push');
      // change-by-change playback stops when there is no next change
      return view.playback.playing ? { ...same, next: { ...view, playback: { ...view.playback, playing: false } } } : same;
    }
    case 'tick': {
      const panelStays = intent.now - view.panel.movedAt < PLAYBACK_PANEL_MS;
      const moved = moveTime(view, ctx, view.time + intent.minutes, 'play', panelStays, intent.now);
      const atEnd = moved.view.time >= ctx.engine.end;
      const stops = atEnd && moved.view.playback.playing;
      const next = stops ? { ...moved.view, playback: { ...moved.view.playback, playing: false } } : moved.view;
      // While playback runs the address bar waits: a URL written every second costs the browser a
      // navigation entry update and a redraw of its own window each time (README, "Speed"). It is
      // written when playback stops, here or by a pause.
      return { next, glow: moved.glow, history: stops ? 'replace' : 'none' };
    }
    case 'rest': {
      if (view.panel.time === view.time) return same;
      const panel = {
        time: view.time,
        changes: passedChanges(ctx, view.panel.time, view.time, 'slide'),
        moverNews: passedMoverNews(ctx, view.panel.time, view.time, 'slide'),
        movedAt: view.panel.movedAt,
      };
      return { next: { ...view, panel }, glow: NONE, history: 'replace' };
    }
    case 'select': {
      if (!ctx.places.has(intent.id) || (view.selected === intent.id && !intent.fly)) return same;
      const place = ctx.places.get(intent.id);
      const next = { ...view, selected: intent.id };
      if (intent.fly && place) next.cameraRequest = askCamera(view, { center: place.center, zoom: PLACE_ZOOM });
      return { next, glow: NONE, history: 'push' };
    }
    case 'close':
      return view.selected === null ? same : { next: { ...view, selected: null }, glow: NONE, history: 'push' };
    case 'event': {
      const moved = moveTime(view, ctx, eventSpan(intent.event.time).from, 'jump', false);
      const feature = intent.event.feature;
      const place = feature !== null ? ctx.places.get(feature) : undefined;
      if (!place || feature === null) return result(moved, 'push');
      return result(
        { view: { ...moved.view, selected: feature, cameraRequest: askCamera(view, { center: place.center, zoom: PLACE_ZOOM }) }, glow: moved.glow },
        'push',
      );
    }
    case 'story':
      return result(goToStep(view, ctx, intent.id, intent.step, intent.openCard ?? true), 'push');
    case 'end-story':
      return view.story === null ? same : { next: { ...view, story: null }, glow: NONE, history: 'push' };
    case 'lang':
      return view.lang === intent.lang ? same : { next: { ...view, lang: intent.lang }, glow: NONE, history: 'push' };
    case 'camera':
      return { next: { ...view, camera: intent.camera }, glow: NONE, history: 'replace' };
    case 'play': {
      if (intent.playing === view.playback.playing) return same;
      const playback = { ...view.playback, playing: intent.playing };
      // playing from the end starts the story again
      if (intent.playing && view.time >= ctx.engine.end) {
        const moved = moveTime(view, ctx, ctx.engine.start, 'jump', false);
        return { next: { ...moved.view, playback }, glow: moved.glow, history: 'push' };
      }
      // a pause writes the moment into the address bar, which playback left as it was
      return { next: { ...view, playback }, glow: NONE, history: intent.playing ? 'none' : 'replace' };
    }
    case 'speed':
      return { next: { ...view, playback: { ...view.playback, speed: intent.speed, mode: 'continuous' } }, glow: NONE, history: 'none' };
    case 'mode':
      return { next: { ...view, playback: { ...view.playback, mode: intent.mode } }, glow: NONE, history: 'none' };
    case 'url': {
      const next = fromUrl(intent.url, ctx, { lang: view.lang, seq: view.cameraRequest.seq + 1, playback: view.playback, resets: view.resets });
      // the camera moves only if the URL (or its story step) says where to
      if (!intent.url.camera && !next.story) next.cameraRequest = view.cameraRequest;
      return { next, glow: NONE, history: 'none' };
    }
    case 'kiosk-reset': {
      const time = clampToStory(ctx.engine, localTime(OPENING_TIME));
      return {
        next: {
          time,
          panel: { time, changes: NONE, moverNews: NONE, movedAt: view.panel.movedAt },
          lang: intent.lang,
          selected: null,
          story: null,
          camera: null,
          cameraRequest: askCamera(view, ctx.home ?? HOME_VIEW),
          playback: { ...view.playback, playing: false },
          resets: view.resets + 1,
        },
        glow: NONE,
        history: 'replace',
      };
    }
  }
}
