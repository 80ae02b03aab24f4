/**
 * What the map shows at a moment: every feature's state and Lenin's features. Identity-stable: the
 * same states object for every minute between two changes (the engine's), and the same Lenin features
 * for as long as he does not move (before he leaves, after he arrives), so the map owner can skip its
 * work by comparing objects.
 */
import type { FeatureCollection } from 'geojson';
import type { LeninWalk } from '../engine/leninWalk.ts';
import type { FeatureState, TimelineEngine } from '../engine/timeline.ts';
import type { LocalMinutes } from '../time/localTime.ts';
import { leninFeatures } from './leninFeatures.ts';

export interface SceneAt {
  states: ReadonlyMap<string, FeatureState>;
  lenin: FeatureCollection;
}

export interface Scene {
  at(t: LocalMinutes): SceneAt;
}

export function createScene(engine: Pick<TimelineEngine, 'stateAt'>, walk: LeninWalk): Scene {
  const resting = new Map<string, FeatureCollection>();
  let last: { t: LocalMinutes; lenin: FeatureCollection } | null = null;
  function leninAt(t: LocalMinutes): FeatureCollection {
    if (last?.t === t) return last.lenin;
    const status = walk.positionAt(t).status;
    let lenin: FeatureCollection | undefined;
    if (status === 'at-flat' || status === 'at-smolny') {
      lenin = resting.get(status);
      if (!lenin) resting.set(status, (lenin = leninFeatures(walk, t)));
    } else lenin = leninFeatures(walk, t);
    last = { t, lenin };
    return lenin;
  }
  return { at: (t) => ({ states: engine.stateAt(t), lenin: leninAt(t) }) };
}
