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
import type { MoverFeed } from './moverFeatures.ts';

export interface SceneAt {
  states: ReadonlyMap<string, FeatureState>;
  lenin: FeatureCollection;
  /** Everything else that moves (the same collection while nothing moves: the mover feed's). */
  movers: FeatureCollection;
}

export interface Scene {
  at(t: LocalMinutes): SceneAt;
}

const NO_MOVERS: MoverFeed = { at: () => ({ type: 'FeatureCollection', features: [] }), leninAway: () => false };

export function createScene(engine: Pick<TimelineEngine, 'stateAt'>, walk: LeninWalk, movers: MoverFeed = NO_MOVERS): Scene {
  const noMovers = movers === NO_MOVERS ? movers.at(0 as LocalMinutes) : null;
  const resting = new Map<string, FeatureCollection>();
  let last: { t: LocalMinutes; lenin: FeatureCollection } | null = null;
  function leninAt(t: LocalMinutes): FeatureCollection {
    if (last?.t === t) return last.lenin;
    const status = walk.positionAt(t).status;
    // away: he is out on a later ride, which the mover feed draws
    const away = movers.leninAway(t);
    let lenin: FeatureCollection | undefined;
    if (status === 'at-flat' || status === 'at-smolny') {
      const key = `${status}${away ? ':away' : ''}`;
      lenin = resting.get(key);
      if (!lenin) resting.set(key, (lenin = leninFeatures(walk, t, away)));
    } else lenin = leninFeatures(walk, t, away);
    last = { t, lenin };
    return lenin;
  }
  return { at: (t) => ({ states: engine.stateAt(t), lenin: leninAt(t), movers: noMovers ?? movers.at(t) }) };
}
