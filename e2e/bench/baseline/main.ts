/**
 * The benchmark's baseline: the same style and GeoJSON as the app, drawn by bare MapLibre with no
 * React, no validation and no timeline engine. The runner drives it with the same feature-state
 * changes the app makes, precomputed in bench-data.json.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { mapImages } from '../../../src/map/markers.ts';
import { PAPER } from '../../../src/map/theme.ts';

maplibregl.setWorkerUrl(workerUrl);

type StateDiff = [source: string, id: string, state: Record<string, unknown>][];

interface BenchData {
  /** One diff per slider move. */
  moves: StateDiff[];
  /** Per story minute of playback: the diff and Lenin's features. */
  playback: { diff: StateDiff; lenin: FeatureCollection }[];
  initial: StateDiff;
}

const bench = window as unknown as {
  __firstIdle?: number;
  __baselineMap: maplibregl.Map;
  __applyMove: (index: number) => void;
  __play: (minutesPerSecond: number) => void;
  __stop: () => void;
};

// The same map size as the app's (given by the runner), so neither draws more pixels than the other.
const size = new URLSearchParams(window.location.search);
const mapElement = document.getElementById('map');
if (mapElement && size.has('w') && size.has('h')) {
  mapElement.style.width = `${Number(size.get('w'))}px`;
  mapElement.style.height = `${Number(size.get('h'))}px`;
}

const [style, data] = await Promise.all([
  fetch('./style.json').then((response) => response.json() as Promise<maplibregl.StyleSpecification>),
  fetch('./bench-data.json').then((response) => response.json() as Promise<BenchData>),
]);
const map = new maplibregl.Map({ container: 'map', style, center: [30.345, 59.945], zoom: 12.6, attributionControl: false });
for (const image of mapImages(PAPER)) map.addImage(image.name, image.image, { pixelRatio: image.pixelRatio });
bench.__baselineMap = map;

const apply = (diff: StateDiff) => {
  for (const [source, id, state] of diff) map.setFeatureState({ source, id }, state);
};
map.on('load', () => apply(data.initial));
map.once('idle', () => {
  bench.__firstIdle = performance.now();
});
bench.__applyMove = (index) => apply(data.moves[index] ?? []);

let frame = 0;
bench.__play = (minutesPerSecond) => {
  const start = performance.now();
  let shown = -1;
  const tick = (now: number) => {
    const minute = Math.floor(((now - start) / 1000) * minutesPerSecond) % data.playback.length;
    if (minute !== shown) {
      shown = minute;
      const step = data.playback[minute];
      if (step) {
        apply(step.diff);
        void map.getSource<maplibregl.GeoJSONSource>('lenin')?.setData(step.lenin);
      }
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
};
bench.__stop = () => cancelAnimationFrame(frame);
