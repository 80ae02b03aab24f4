/**
 * A feature's history as bands of constant state, for the timeline chart: from the story's start to
 * its first change, from each change to the next, and from the last change to the story's end.
 * Pure; a band's `from` is its change's time, `to` the next change's (exclusive).
 */
import type { LocalMinutes } from '../time/localTime.ts';
import type { FeatureState, TimelineEngine } from './timeline.ts';

export interface StateBand {
  from: LocalMinutes;
  to: LocalMinutes;
  state: FeatureState;
}

export function featureBands(engine: TimelineEngine, featureId: string): StateBand[] {
  const changeTimes = [
    ...new Set(engine.changes.filter((change) => change.featureId === featureId).map((change) => change.at)),
  ];
  const starts = [engine.start, ...changeTimes.filter((at) => at > engine.start && at < engine.end)];
  return starts.flatMap((from, index) => {
    const state = engine.stateAt(from).get(featureId);
    if (!state) return [];
    const to = starts[index + 1] ?? engine.end;
    return [{ from, to, state }];
  });
}
