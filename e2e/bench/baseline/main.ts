/**
 * The benchmark's reference pages, drawn by bare MapLibre with no React, no validation and no timeline
 * engine, driven by the runner with precomputed data:
 * - `/baseline/` (bare): the same style and GeoJSON as the app, receiving the same feature-state changes;
 * - `?clock`: the same, and the clock text beside the map, written on every move as the app's is (a
 *   page that does the job at all must show the time);
 * - `?peer`: the same data driven the way OpenHistoricalMap's maplibre-gl-dates does time: features
 *   carry date ranges and each moment is a setFilter on every dated layer (e2e/bench/peer.ts), with the clock.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { mapImages } from '../../../src/map/markers.ts';
import { PAPER } from '../../../src/map/theme.ts';
import { formatDualDate } from '../../../src/time/format.ts';
import type { LocalMinutes } from '../../../src/time/localTime.ts';

maplibregl.setWorkerUrl(workerUrl);

type StateDiff = [source: string, id: string, state: Record<string, unknown>][];

/** Lenin's and the movers' features where they changed since the step before (null: unchanged). */
interface Moving {
  lenin: FeatureCollection | null;
  movers: FeatureCollection | null;
}

interface BenchData {
  /** One per slider move: its time, the feature-state diff and what moved. */
  moves: ({ time: number; diff: StateDiff } & Moving)[];
  /** Per story minute of playback: the same. */
  playback: ({ time: number; diff: StateDiff } & Moving)[];
  initial: StateDiff;
  initialTime: number;
}

interface PeerData {
  style: maplibregl.StyleSpecification;
  dated: { id: string; filter: maplibregl.FilterSpecification | null }[];
}

const bench = window as unknown as {
  __firstIdle?: number;
  __baselineMap: maplibregl.Map;
  __applyMove: (index: number) => void;
  __play: (minutesPerSecond: number) => void;
  __stop: () => void;
};

const params = new URLSearchParams(window.location.search);
const peer = params.has('peer');
const withClock = peer || params.has('clock');

// The same map size as the app's (given by the runner), so neither draws more pixels than the other.
const mapElement = document.getElementById('map');
if (mapElement && params.has('w') && params.has('h')) {
  mapElement.style.width = `${Number(params.get('w'))}px`;
  mapElement.style.height = `${Number(params.get('h'))}px`;
}
const clock = document.getElementById('clock');
if (clock) clock.hidden = !withClock;
const showTime = (time: number) => {
  if (withClock && clock) clock.textContent = formatDualDate(time as LocalMinutes, 'en');
};

const [style, data, peerData] = await Promise.all([
  fetch('./style.json').then((response) => response.json() as Promise<maplibregl.StyleSpecification>),
  fetch('./bench-data.json').then((response) => response.json() as Promise<BenchData>),
  peer ? fetch('./peer.json').then((response) => response.json() as Promise<PeerData>) : Promise.resolve(null),
]);
const map = new maplibregl.Map({
  container: 'map',
  style: peerData?.style ?? style,
  center: [30.345, 59.945],
  zoom: 12.6,
  attributionControl: false,
});
for (const image of mapImages(PAPER)) map.addImage(image.name, image.image, { pixelRatio: image.pixelRatio });
bench.__baselineMap = map;

/** maplibre-gl-dates' way: a new filter on every dated layer for the moment. */
const filterTo = (time: number) => {
  for (const layer of peerData?.dated ?? []) {
    const range: maplibregl.ExpressionSpecification[] = [
      ['<=', ['get', 'start'], time],
      ['>', ['get', 'end'], time],
    ];
    map.setFilter(layer.id, (layer.filter ? ['all', layer.filter, ...range] : ['all', ...range]) as maplibregl.FilterSpecification);
  }
};
const apply = (diff: StateDiff) => {
  for (const [source, id, state] of diff) map.setFeatureState({ source, id }, state);
};
/** The app draws Lenin and the movers where they are at the moment; so does every reference page. */
const moveAll = ({ lenin, movers }: Moving) => {
  if (lenin) void map.getSource<maplibregl.GeoJSONSource>('lenin')?.setData(lenin);
  if (movers) void map.getSource<maplibregl.GeoJSONSource>('movers')?.setData(movers);
};
showTime(data.initialTime);
map.on('load', () => {
  if (!peer) apply(data.initial);
});
map.once('idle', () => {
  bench.__firstIdle = performance.now();
});
bench.__applyMove = (index) => {
  const move = data.moves[index];
  if (!move) return;
  if (peer) filterTo(move.time);
  else apply(move.diff);
  moveAll(move);
  showTime(move.time);
};

let frame = 0;
/** The next minute of the playback data to show: a second __play goes on where __stop left off, as
 * the app's Play does after a pause. Every minute passed is applied, as the app's scene moves from
 * the time before to the time now even when a slow frame passes several minutes at once. */
let next = 0;
bench.__play = (minutesPerSecond) => {
  const start = performance.now();
  const from = next;
  const tick = (now: number) => {
    const minute = Math.min(from + Math.floor(((now - start) / 1000) * minutesPerSecond), data.playback.length - 1);
    if (minute >= next) {
      let moved: Moving = { lenin: null, movers: null };
      for (; next <= minute; next += 1) {
        const step = data.playback[next];
        if (!step) continue;
        if (!peer) apply(step.diff);
        moved = { lenin: step.lenin ?? moved.lenin, movers: step.movers ?? moved.movers };
      }
      const step = data.playback[minute];
      if (step) {
        if (peer) filterTo(step.time);
        moveAll(moved);
        showTime(step.time);
      }
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
};
bench.__stop = () => cancelAnimationFrame(frame);
