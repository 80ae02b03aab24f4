/**
 * The one place that owns the MapLibre map: created on mount, removed on unmount (React StrictMode
 * mounts twice, so `remove()` must run). Every `on` has its `off`. After creation only what changed is
 * set: the language through global state, timeline states through feature state.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { FeatureState } from '../engine/timeline.ts';
import { HOME_VIEW, MAP_EXTENT } from '../model/extent.ts';
import type { Lang } from '../time/format.ts';
import { STATEFUL_SOURCES, type MapData } from './mapData.ts';
import { featureStateDiff, type MapFeatureState } from './featureState.ts';
import { style } from './style.ts';
import type { Theme } from './theme.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewProps {
  data: MapData;
  theme: Theme;
  lang: Lang;
  states: ReadonlyMap<string, FeatureState>;
  label: string;
  /** Called once the map has drawn everything it has (also exposed for tests as data-map-idle). */
  onIdle?: () => void;
}

/** Which source each stateful feature lives in, so feature state is set on the right one. */
function sourceIndex(data: MapData): Map<string, (typeof STATEFUL_SOURCES)[number]> {
  const index = new Map<string, (typeof STATEFUL_SOURCES)[number]>();
  for (const source of STATEFUL_SOURCES) {
    for (const feature of data[source].features) {
      const id: unknown = feature.properties?.id;
      if (typeof id === 'string') index.set(id, source);
    }
  }
  return index;
}

export function MapView({ data, theme, lang, states, label, onIdle }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const applied = useRef<Map<string, MapFeatureState>>(new Map());
  /** Set on 'load': before it, the style refuses global and feature state. */
  const ready = useRef(false);
  // The newest props, for handlers registered once when the map was created.
  const latest = useRef({ lang, states, onIdle });
  useEffect(() => {
    latest.current = { lang, states, onIdle };
  });

  // Create the map once per data set and theme.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const glyphs = new URL('fonts/{fontstack}/{range}.pbf', document.baseURI).href
      .replace('%7Bfontstack%7D', '{fontstack}')
      .replace('%7Brange%7D', '{range}');
    const map = new maplibregl.Map({
      container: element,
      style: style({ theme, lang: latest.current.lang, data, glyphs }),
      center: HOME_VIEW.center,
      zoom: HOME_VIEW.zoom,
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
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    mapRef.current = map;
    applied.current = new Map();
    const index = sourceIndex(data);

    const applyStates = () => {
      const diff = featureStateDiff(applied.current, latest.current.states);
      for (const [id, state] of diff) {
        const source = index.get(id);
        if (source) map.setFeatureState({ source, id }, state);
        applied.current.set(id, state);
      }
    };
    const handleLoad = () => {
      ready.current = true;
      map.setGlobalStateProperty('lang', latest.current.lang);
      applyStates();
    };
    const handleIdle = () => {
      element.dataset.mapIdle = 'true';
      latest.current.onIdle?.();
    };
    map.on('load', handleLoad);
    map.on('idle', handleIdle);
    // Tests and the benchmark reach the map through this handle, never through React internals.
    (window as unknown as { __petrogradMap?: maplibregl.Map }).__petrogradMap = map;
    return () => {
      map.off('load', handleLoad);
      map.off('idle', handleIdle);
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

  // Timeline states: set only the features whose state changed.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready.current) return; // the 'load' handler applies them
    const index = sourceIndex(data);
    for (const [id, state] of featureStateDiff(applied.current, states)) {
      const source = index.get(id);
      if (source) map.setFeatureState({ source, id }, state);
      applied.current.set(id, state);
    }
  }, [states, data]);

  return <div ref={container} className="map" role="region" aria-label={label} data-testid="map" />;
}
