/** Loads and checks the data once, and builds what the screens need from it. */
import { useCallback, useEffect, useState } from 'react';
import { loadData, type LoadResult } from '../data/loadData.ts';
import type { DataSet } from '../data/parse.ts';
import { buildPlaceIndex, type Place } from '../data/placeIndex.ts';
import type { Problem } from '../data/problems.ts';
import { createEventMarks, type EventMarks } from '../engine/events.ts';
import { createMovers, type Mover } from '../engine/movers.ts';
import { createLeninWalk, type LeninWalk } from '../engine/leninWalk.ts';
import { createTimeline, type TimelineEngine } from '../engine/timeline.ts';
import { toMapData, type MapData } from '../map/mapData.ts';
import { createMoverFeed } from '../map/moverFeatures.ts';
import { createScene, type Scene } from '../map/scene.ts';
import type { Work } from '../model/schemas.ts';
import type { LocalMinutes } from '../time/localTime.ts';

export interface Ready {
  status: 'ready';
  data: DataSet;
  mapData: MapData;
  engine: TimelineEngine;
  walk: LeninWalk;
  /** Everything that moves besides the bridges (../engine/movers.ts), Lenin included. */
  movers: readonly Mover[];
  scene: Scene;
  places: Map<string, Place>;
  /** The bibliography by work id. */
  works: ReadonlyMap<string, Work>;
  eventMarks: (t: LocalMinutes) => EventMarks;
}

export type Loaded =
  | { status: 'loading' }
  | { status: 'invalid'; problems: Problem[] }
  /** The data did not arrive (network or timeout), as opposed to arriving invalid. */
  | { status: 'unreachable'; problems: Problem[] }
  | Ready;

/**
 * The data as it loads, and a retry for when it did not arrive. `firstLoad` is a load already under
 * way (main.tsx starts it before React renders anything); a retry always loads anew.
 */
export function useDataSet(firstLoad?: Promise<LoadResult>): { loaded: Loaded; retry: () => void } {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  /** Counts the tries to load the data; a retry after a failed load bumps it. */
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setLoaded({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  useEffect(() => {
    let cancelled = false;
    const load = attempt === 0 && firstLoad ? firstLoad : loadData();
    void load.then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        return setLoaded({
          status: 'unreachable' in result ? 'unreachable' : 'invalid',
          problems: result.problems,
        });
      }
      const { data } = result;
      const engine = createTimeline(data.timeline);
      const walk = createLeninWalk(data.route.segments, data.route.waypoints, data.timeline.events);
      const movers = createMovers(data.movers, data.timeline.events, engine, walk);
      setLoaded({
        status: 'ready',
        data,
        mapData: toMapData(data),
        engine,
        walk,
        movers,
        scene: createScene(engine, walk, createMoverFeed(movers)),
        places: buildPlaceIndex(data),
        works: new Map(data.works.map((work) => [work.id, work])),
        eventMarks: createEventMarks(engine.events),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [attempt, firstLoad]);
  return { loaded, retry };
}
