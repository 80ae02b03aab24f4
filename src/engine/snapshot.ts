/**
 * The whole city at one moment, as plain JSON: what `npm run state` prints. Pure.
 */
import type { DataSet } from '../data/parse.ts';
import type { BridgePosition, Certainty, Control, Localized } from '../model/schemas.ts';
import { formatLocalTime, type LocalMinutes } from '../time/localTime.ts';
import type { LeninStatus, LeninWalk } from './leninWalk.ts';
import { createMovers, moverSnapshots, type MoverSnapshot } from './movers.ts';
import type { TimelineEngine } from './timeline.ts';

export interface FeatureSnapshot {
  id: string;
  kind: string;
  name: Localized;
  bridge?: BridgePosition;
  control: Control;
  certainty: Certainty;
  /** The event behind the current state, null for the state at the start of the story. */
  since: { event: string; at: string } | null;
  /** True while the current state's change is known only to within a window that is still open. */
  settling: boolean;
}

export interface CitySnapshot {
  at: string;
  features: FeatureSnapshot[];
  lenin: {
    lon: number;
    lat: number;
    status: LeninStatus;
    progress: number;
    estimated: boolean;
    timingUncertaintyMinutes: number;
  };
  /** Everything on the move or waiting on the map at this moment, Lenin included (see ./movers.ts). */
  movers: MoverSnapshot[];
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export function citySnapshot(
  data: DataSet,
  engine: TimelineEngine,
  walk: LeninWalk,
  t: LocalMinutes,
  movers = createMovers(data.movers, data.timeline.events, engine, walk),
): CitySnapshot {
  const states = engine.stateAt(t);
  const described = [
    ...data.bridges.map((f) => ({ id: f.properties.id, kind: 'bridge', name: f.properties.name })),
    ...data.strongholds.map((f) => ({ id: f.properties.id, kind: 'stronghold', name: f.properties.name })),
    ...data.points.map((f) => ({ id: f.properties.id, kind: f.properties.kind, name: f.properties.name })),
  ];
  const features = described.flatMap((feature): FeatureSnapshot[] => {
    const state = states.get(feature.id);
    if (!state) return [];
    const snapshot: FeatureSnapshot = {
      id: feature.id,
      kind: feature.kind,
      name: feature.name,
      ...(state.bridge === undefined ? {} : { bridge: state.bridge }),
      control: state.control,
      certainty: state.certainty,
      since:
        state.sinceEventId === null || state.since === null
          ? null
          : { event: state.sinceEventId, at: formatLocalTime(state.since) },
      settling: state.settling,
    };
    return [snapshot];
  });
  const lenin = walk.positionAt(t);
  return {
    at: formatLocalTime(t),
    features,
    lenin: {
      lon: round6(lenin.lon),
      lat: round6(lenin.lat),
      status: lenin.status,
      progress: Math.round(lenin.progress * 1000) / 1000,
      estimated: lenin.estimated,
      timingUncertaintyMinutes: lenin.timingUncertaintyMinutes,
    },
    movers: moverSnapshots(movers, t),
  };
}
