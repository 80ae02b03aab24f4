/**
 * The one place that owns the MapLibre map: created on mount, removed on unmount (React StrictMode
 * mounts twice, so `remove()` must run). Every `on` has its `off`. After creation only what changed is
 * set: the language through global state, timeline states through feature state, Lenin through one
 * small GeoJSON source.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { memo, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import type { FeatureState } from '../engine/timeline.ts';
import { HOME_VIEW, MAP_EXTENT } from '../model/extent.ts';
import type { Lang } from '../time/format.ts';
import type { Camera } from '../ui/urlState.ts';
import { captureMap } from './capture.ts';
import { featureStateDiff, type MapFeatureState } from './featureState.ts';
import { statefulSourcesById, type MapData } from './mapData.ts';
import { mapImages } from './markers.ts';
import { moverImages } from './moverIcons.ts';
import { style } from './style.ts';
import type { Theme } from './theme.ts';

maplibregl.setWorkerUrl(workerUrl);

/** Layers a visitor can click or tap to open a place's card. */
const SELECTABLE_LAYERS = [
  'points-mrc',
  'points-government',
  'points-contested',
  'points-unknown',
  'strongholds-fill',
  'buildings-fill',
  'bridges-casing',
  'waypoints',
  'lenin-position',
  'movers-position',
];

/** How long a lost WebGL context may stay lost before the map is rebuilt from scratch. */
const CONTEXT_RESTORE_MS = 4000;

/** How long a changed feature glows after its change (none with prefers-reduced-motion). */
const FLASH_MS = 1200;

export interface CameraRequest extends Camera {
  /** A new number asks for a new move, even to the same place. */
  seq: number;
}

/** What the screen may do to the map directly, ahead of React's next render. */
export interface MapHandle {
  /**
   * Shows these states now (only what changed is set) and lets the features that just changed glow
   * once, in the same frame; the slider calls it on every move.
   */
  showStates(states: ReadonlyMap<string, FeatureState>, changed?: readonly string[]): void;
  /**
   * Draws the map as it is now: calls `draw` with the map's canvas right after a redraw, at about
   * `widthPx` pixels wide (see capture.ts). False while there is no map to draw.
   */
  capture(draw: (canvas: HTMLCanvasElement) => void, widthPx?: number): boolean;
}

export interface MapViewProps {
  handle?: Ref<MapHandle>;
  data: MapData;
  theme: Theme;
  lang: Lang;
  states: ReadonlyMap<string, FeatureState>;
  /** Lenin's marker, trail and timing band. */
  lenin: FeatureCollection;
  /** Everything else that moves (./moverFeatures.ts); the same object while nothing moves. */
  movers?: FeatureCollection;
  camera: CameraRequest | null;
  initialCamera: Camera | undefined;
  label: string;
  reducedMotion: boolean;
  onSelect: (featureId: string) => void;
  onCameraChange: (camera: Camera) => void;
  /** The map cannot draw any more (its WebGL context was lost and not restored): rebuild it. */
  onMapFailure: () => void;
}

/** Which sources each stateful feature lives in (a key point: its marker and its building), so feature state is set on each. */
const sourceIndex = statefulSourcesById;

/** Features glowing after a change, and the timer that ends their glow. */
interface Glow {
  targets: { source: string; id: string }[];
  timer: number;
}

/** Ends the current glow (at once if `unset`, else only its timer, when the map is going away). */
function endGlow(map: maplibregl.Map, glowing: { current: Glow | null }, unset = true) {
  if (!glowing.current) return;
  window.clearTimeout(glowing.current.timer);
  if (unset) for (const target of glowing.current.targets) map.setFeatureState(target, { flash: false });
  glowing.current = null;
}

/** Lets these features glow for FLASH_MS; a newer glow ends the one before. */
function startGlow(map: maplibregl.Map, glowing: { current: Glow | null }, targets: Glow['targets']) {
  endGlow(map, glowing);
  for (const target of targets) map.setFeatureState(target, { flash: true });
  glowing.current = { targets, timer: window.setTimeout(() => endGlow(map, glowing), FLASH_MS) };
}

/** Renders only when one of its props changes: a slider move that changes nothing on the map costs nothing here. */
export const MapView = memo(function MapView(props: MapViewProps) {
  const { data, theme, lang, states, lenin, movers, camera, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const applied = useRef<Map<string, MapFeatureState>>(new Map());
  /** Set on 'load': before it, the style refuses global and feature state. */
  const ready = useRef(false);
  const index = useRef(sourceIndex(data));
  const glowing = useRef<Glow | null>(null);
  // The newest props, for handlers registered once when the map was created.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useImperativeHandle(
    props.handle,
    () => ({
      showStates(next, changed = []) {
        const map = mapRef.current;
        if (!map || !ready.current) return;
        applyStates(map, next);
        if (changed.length === 0 || latest.current.reducedMotion) return;
        const targets = changed.flatMap((id) => (index.current.get(id) ?? []).map((source) => ({ source, id })));
        startGlow(map, glowing, targets);
      },
      capture(draw, widthPx) {
        const map = mapRef.current;
        return map && ready.current ? captureMap(map, draw, widthPx) : false;
      },
    }),
    [],
  );

  function applyStates(map: maplibregl.Map, next: ReadonlyMap<string, FeatureState>) {
    for (const [id, state] of featureStateDiff(applied.current, next)) {
      for (const source of index.current.get(id) ?? []) map.setFeatureState({ source, id }, state);
      applied.current.set(id, state);
    }
  }

  // Create the map once per data set and theme.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const glyphs = new URL('fonts/{fontstack}/{range}.pbf', document.baseURI).href
      .replace('%7Bfontstack%7D', '{fontstack}')
      .replace('%7Brange%7D', '{range}');
    const start = latest.current.initialCamera ?? HOME_VIEW;
    const map = new maplibregl.Map({
      container: element,
      style: style({ theme, lang: latest.current.lang, data, glyphs }),
      center: start.center,
      zoom: start.zoom,
      minZoom: 10.5,
      maxZoom: 18,
      maxBounds: [
        [MAP_EXTENT.west, MAP_EXTENT.south],
        [MAP_EXTENT.east, MAP_EXTENT.north],
      ],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: latest.current.reducedMotion ? 0 : 300,
      // A kiosk runs all day: keep the tile caches small, so memory stays flat as the camera roams.
      maxTileCacheSize: 48,
      maxTileCacheZoomLevels: 3,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    for (const image of [...mapImages(theme), ...moverImages(theme)]) {
      map.addImage(image.name, image.image, { pixelRatio: image.pixelRatio });
    }
    mapRef.current = map;
    applied.current = new Map();
    index.current = sourceIndex(data);

    const handleLoad = () => {
      ready.current = true;
      map.setGlobalStateProperty('lang', latest.current.lang);
      applyStates(map, latest.current.states);
      void map.getSource<maplibregl.GeoJSONSource>('lenin')?.setData(latest.current.lenin);
      if (latest.current.movers) void map.getSource<maplibregl.GeoJSONSource>('movers')?.setData(latest.current.movers);
    };
    const handleIdle = () => {
      element.dataset.mapIdle = 'true';
    };
    const handleMoveEnd = () => {
      const center = map.getCenter();
      latest.current.onCameraChange({ center: [center.lng, center.lat], zoom: map.getZoom() });
    };
    const handleClick = (event: maplibregl.MapMouseEvent) => {
      const layers = SELECTABLE_LAYERS.filter((id) => map.getLayer(id));
      const pad = 10; // a finger is wider than a cursor
      const box: [maplibregl.PointLike, maplibregl.PointLike] = [
        [event.point.x - pad, event.point.y - pad],
        [event.point.x + pad, event.point.y + pad],
      ];
      const hit = map.queryRenderedFeatures(box, { layers })[0];
      const id: unknown = hit?.properties.id ?? (hit?.layer.id === 'lenin-position' ? 'wp-smolny' : undefined);
      if (typeof id === 'string') latest.current.onSelect(id);
    };
    const handlePointer = (event: maplibregl.MapMouseEvent) => {
      const layers = SELECTABLE_LAYERS.filter((id) => map.getLayer(id));
      map.getCanvas().style.cursor = map.queryRenderedFeatures(event.point, { layers }).length > 0 ? 'pointer' : '';
    };
    let contextTimer: number | undefined;
    const handleContextLost = () => {
      delete element.dataset.mapIdle;
      element.dataset.contextLost = 'true';
      contextTimer = window.setTimeout(() => latest.current.onMapFailure(), CONTEXT_RESTORE_MS);
    };
    const handleContextRestored = () => {
      window.clearTimeout(contextTimer);
      delete element.dataset.contextLost;
      map.triggerRepaint();
    };
    map.on('webglcontextlost', handleContextLost);
    map.on('webglcontextrestored', handleContextRestored);
    map.on('load', handleLoad);
    map.on('idle', handleIdle);
    map.on('moveend', handleMoveEnd);
    map.on('click', handleClick);
    map.on('mousemove', handlePointer);
    // Tests and the benchmark reach the map through this handle, never through React internals.
    (window as unknown as { __petrogradMap?: maplibregl.Map }).__petrogradMap = map;
    return () => {
      window.clearTimeout(contextTimer);
      endGlow(map, glowing, false);
      map.off('webglcontextlost', handleContextLost);
      map.off('webglcontextrestored', handleContextRestored);
      map.off('load', handleLoad);
      map.off('idle', handleIdle);
      map.off('moveend', handleMoveEnd);
      map.off('click', handleClick);
      map.off('mousemove', handlePointer);
      map.remove();
      mapRef.current = null;
      ready.current = false;
      delete element.dataset.mapIdle;
    };
  }, [data, theme]);

  // Language: one global-state property, no new style.
  useEffect(() => {
    if (ready.current) mapRef.current?.setGlobalStateProperty('lang', lang);
  }, [lang]);

  // Timeline states: set only the features whose state changed. A layout effect, so the change
  // reaches the map before the browser paints and shows in the very next frame.
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (map && ready.current) applyStates(map, states);
  }, [states]);

  useLayoutEffect(() => {
    const map = mapRef.current;
    if (!map || !ready.current) return;
    void map.getSource<maplibregl.GeoJSONSource>('lenin')?.setData(lenin);
  }, [lenin]);

  useLayoutEffect(() => {
    const map = mapRef.current;
    if (!map || !ready.current || !movers) return;
    void map.getSource<maplibregl.GeoJSONSource>('movers')?.setData(movers);
  }, [movers]);

  // Camera moves asked for by a story step, an event or a card.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera) return;
    const target = { center: camera.center, zoom: camera.zoom };
    if (latest.current.reducedMotion) map.jumpTo(target);
    else map.flyTo({ ...target, duration: 1600, essential: false });
  }, [camera]);

  return <div ref={container} className="map" role="region" aria-label={label} data-testid="map" />;
});
