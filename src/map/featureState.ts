/** What the map's feature state holds for one feature, and which features changed. Pure. */
import type { FeatureState } from '../engine/timeline.ts';

export interface MapFeatureState {
  control: string;
  bridge: string | null;
  certainty: string;
  settling: boolean;
  [key: string]: string | boolean | null;
}

export function toMapFeatureState(state: FeatureState): MapFeatureState {
  return {
    control: state.control,
    bridge: state.bridge ?? null,
    certainty: state.certainty,
    settling: state.settling,
  };
}

const sameState = (a: MapFeatureState, b: MapFeatureState): boolean =>
  a.control === b.control && a.bridge === b.bridge && a.certainty === b.certainty && a.settling === b.settling;

/** The features whose map state differs from what was last applied, with their new state. */
export function featureStateDiff(
  applied: ReadonlyMap<string, MapFeatureState>,
  states: ReadonlyMap<string, FeatureState>,
): Map<string, MapFeatureState> {
  const changed = new Map<string, MapFeatureState>();
  for (const [id, state] of states) {
    const next = toMapFeatureState(state);
    const previous = applied.get(id);
    if (!previous || !sameState(previous, next)) changed.set(id, next);
  }
  return changed;
}
