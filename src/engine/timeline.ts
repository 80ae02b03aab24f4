/**
 * The timeline engine: what state every bridge, stronghold and point is in at a moment.
 * Pure functions over validated data; it knows nothing of React or MapLibre.
 *
 * Rules (each has a test):
 * - A state starts at its change and lasts until just before the next change of the same property:
 *   at 02:00 exactly, a change dated 02:00 has happened.
 * - A change known only within a window {earliest, latest} takes effect at `earliest`; until `latest`
 *   the state is marked `settling`, because it may not yet have happened.
 * - Bridge position and control are independent: a change of one keeps the other.
 * - Before the story starts, features are in their initial state; after it ends, in their last.
 */
import type {
  BridgePosition,
  Certainty,
  Control,
  InitialState,
  Localized,
  Timeline,
  TimelineEvent,
} from '../model/schemas.ts';
import { eventSpan } from '../model/eventTime.ts';
import type { LocalMinutes } from '../time/localTime.ts';

export interface FeatureState {
  id: string;
  /** Bridges only. */
  bridge?: BridgePosition;
  control: Control;
  /** How well the most recent change (or the initial state) is attested. */
  certainty: Certainty;
  /** The event that set the latest change, or null while the feature is in its initial state. */
  sinceEventId: string | null;
  /** When that change happened (its window's earliest minute), null in the initial state. */
  since: LocalMinutes | null;
  /** True inside the window of a change known only to within a window. */
  settling: boolean;
}

/** A change of state of one feature, as the engine applies it. */
export interface Change {
  eventId: string;
  featureId: string;
  at: LocalMinutes;
  /** End of the window, equal to `at` for exact times. */
  until: LocalMinutes;
  bridge?: BridgePosition;
  control?: Control;
  certainty: Certainty;
  title: Localized;
}

// Kept here for the engine's callers; the definition lives with the schema it reads.
export { eventSpan, type EventSpan } from '../model/eventTime.ts';

export interface TimelineEngine {
  start: LocalMinutes;
  end: LocalMinutes;
  /** Every state change, sorted by time (then by event order in the file). */
  changes: readonly Change[];
  /** Every event, sorted by its earliest time. */
  events: readonly TimelineEvent[];
  /** The same object for every t between two changes (or the end of a change's window). */
  stateAt(t: LocalMinutes): ReadonlyMap<string, FeatureState>;
  /** Changes with from < at ≤ to: what someone moving the slider from `from` to `to` has just passed. */
  changesBetween(from: LocalMinutes, to: LocalMinutes): Change[];
  /** The first change strictly after t, or null. */
  nextChange(t: LocalMinutes): Change | null;
  /** The last change strictly before t, or null. */
  previousChange(t: LocalMinutes): Change | null;
}

function toChange(event: TimelineEvent): Change | null {
  if (event.feature === null || !event.set) return null;
  const span = eventSpan(event.time);
  const change: Change = {
    eventId: event.id,
    featureId: event.feature,
    at: span.from,
    until: span.to,
    certainty: event.certainty,
    title: event.title,
  };
  if (event.set.bridge !== undefined) change.bridge = event.set.bridge;
  if (event.set.control !== undefined) change.control = event.set.control;
  return change;
}

function initialFeatureState(initial: InitialState): FeatureState {
  const state: FeatureState = {
    id: initial.feature,
    control: initial.control,
    certainty: initial.certainty,
    sinceEventId: null,
    since: null,
    settling: false,
  };
  if (initial.bridge !== undefined) state.bridge = initial.bridge;
  return state;
}

export function createTimeline(timeline: Timeline): TimelineEngine {
  const { start, end } = timeline.story;
  // Array.prototype.sort is stable, so changes in the same minute keep the file's order.
  const changes = timeline.events
    .map(toChange)
    .filter((change): change is Change => change !== null)
    .sort((a, b) => a.at - b.at);
  const events = [...timeline.events].sort((a, b) => eventSpan(a.time).from - eventSpan(b.time).from);

  /**
   * The state changes only at a change's `at` (it happens) and at its `until` (it stops settling), so
   * between two such boundaries every minute has the same state: it is built once per interval and the
   * same Map is returned for every minute inside it. Callers may compare by identity.
   */
  const boundaries = [...new Set(changes.flatMap((change) => [change.at, change.until]))].sort((a, b) => a - b);
  const byInterval = new Map<number, ReadonlyMap<string, FeatureState>>();

  /** Index of the last boundary ≤ t, or -1 before the first. */
  function intervalOf(t: LocalMinutes): number {
    let low = 0;
    let high = boundaries.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((boundaries[middle] as number) <= t) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  function buildStateAt(t: LocalMinutes): ReadonlyMap<string, FeatureState> {
    const states = new Map<string, FeatureState>();
    for (const initial of timeline.initial) states.set(initial.feature, initialFeatureState(initial));
    for (const change of changes) {
      if (change.at > t) break;
      const previous = states.get(change.featureId);
      if (!previous) continue; // validation guarantees an initial state; the engine stays total anyway
      const next: FeatureState = {
        ...previous,
        certainty: change.certainty,
        sinceEventId: change.eventId,
        since: change.at,
        settling: t < change.until,
      };
      if (change.bridge !== undefined) next.bridge = change.bridge;
      if (change.control !== undefined) next.control = change.control;
      states.set(change.featureId, next);
    }
    return states;
  }

  function stateAt(t: LocalMinutes): ReadonlyMap<string, FeatureState> {
    const interval = intervalOf(t);
    let states = byInterval.get(interval);
    if (!states) {
      // Any minute of the interval gives its state; its first boundary is one (or t itself before the first).
      states = buildStateAt(interval < 0 ? t : (boundaries[interval] as LocalMinutes));
      byInterval.set(interval, states);
    }
    return states;
  }

  return {
    start,
    end,
    changes,
    events,
    stateAt,
    changesBetween: (from, to) => changes.filter((change) => change.at > from && change.at <= to),
    nextChange: (t) => changes.find((change) => change.at > t) ?? null,
    previousChange: (t) => changes.findLast((change) => change.at < t) ?? null,
  };
}

/** Keeps t within the story; the slider and the URL both go through this. */
export function clampToStory(engine: Pick<TimelineEngine, 'start' | 'end'>, t: number): LocalMinutes {
  return Math.min(engine.end, Math.max(engine.start, Math.round(t))) as LocalMinutes;
}

/**
 * The one definition of "firmly attested" for the map, the chart and the text: the change behind the
 * state is confirmed or probable, and it is not inside its window (it may not have happened yet).
 * Estimated and disputed states, and settling ones, are shown faded or dashed and named in words.
 */
export const FIRM_CERTAINTIES = ['confirmed', 'probable'] as const satisfies readonly Certainty[];

export function isFirm(state: Pick<FeatureState, 'certainty' | 'settling'>): boolean {
  return !state.settling && (FIRM_CERTAINTIES as readonly Certainty[]).includes(state.certainty);
}
