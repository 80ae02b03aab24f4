/**
 * A feature's history as bands of constant state, for the timeline chart: from the story's start to
 * its first change, from each change to the next, and from the last change to the story's end. A
 * change known only within a window is cut again at the window's latest minute, so only the part
 * where it may not yet have happened is marked settling.
 * Pure; a band's `from` is where its state begins, `to` where the next begins (exclusive).
 */
import type { LocalMinutes } from '../time/localTime.ts';
import type { FeatureState, TimelineEngine } from './timeline.ts';

export interface StateBand {
  from: LocalMinutes;
  to: LocalMinutes;
  state: FeatureState;
}

export function featureBands(engine: TimelineEngine, featureId: string): StateBand[] {
  const own = engine.changes.filter((change) => change.featureId === featureId);
  const cuts = [...new Set(own.flatMap((change) => [change.at, change.until]))].sort((a, b) => a - b);
  const starts = [engine.start, ...cuts.filter((at) => at > engine.start && at < engine.end)];
  return starts.flatMap((from, index) => {
    const state = engine.stateAt(from).get(featureId);
    if (!state) return [];
    const to = starts[index + 1] ?? engine.end;
    return [{ from, to, state }];
  });
}
