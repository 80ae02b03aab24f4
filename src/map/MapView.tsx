/**
 * The one place that owns the MapLibre map: created on mount, removed on unmount (React StrictMode
 * mounts twice, so `remove()` must run). Every `on` has its `off`. One way in: the feed. After every
 * change it reads the newest frame and sets only what changed: the language through global state,
 * timeline states through feature state, Lenin through one small GeoJSON source, the glow, the camera.
 * It does this in the feed's callback, so a slider move reaches the map before React renders anything.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { memo, useEffect, useRef, type RefObject } from 'react';
import type { FeatureState } from '../engine/timeline.ts';
import { MAP_EXTENT, type Camera } from '../model/extent.ts';
import { captureMap } from './capture.ts';
import type { MapFeed } from './feed.ts';
import { featureStateDiff, type MapFeatureState } from './featureState.ts';
import { statefulSourcesById, type MapData, type StatefulSourceId } from './mapData.ts';
import { mapImages } from './markers.ts';
import type { Scene } from './scene.ts';
import { SELECTABLE_LAYERS, style } from './style.ts';
import type { Theme } from './theme.ts';

maplibregl.setWorkerUrl(workerUrl);

/** How long a lost WebGL context may stay lost before the map is rebuilt from scratch. */
const CONTEXT_RESTORE_MS = 4000;

/** How long a changed feature glows after its change (none with prefers-reduced-motion). */
const FLASH_MS = 1200;

/**
 * Tests and the benchmark reach the map through a hook they install before the page runs; a
 * visitor's page has none, so no global points at the map.
 */
type MapHook = (map: maplibregl.Map) => void;
const testHook = (): MapHook | undefined => (window as unknown as { __petrogradMapHook?: MapHook }).__petrogradMapHook;

/** Reading the map out (never a way in): "save this moment" and printing draw it as it is now. */
export interface MapCapture {
  /**
   * Draws the map as it is now: calls `draw` with the map's canvas right after a redraw, at about
   * `widthPx` pixels wide (see capture.ts). False while there is no map to draw.
   */
  capture(draw: (canvas: HTMLCanvasElement) => void, widthPx?: number): boolean;
}

export interface MapViewProps {
  data: MapData;
  theme: Theme;
  scene: Scene;
  feed: MapFeed;
  /** Set while the map exists, for drawing it into a picture. */
  capture?: RefObject<MapCapture | null>;
  label: string;
  reducedMotion: boolean;
  onSelect: (featureId: string) => void;
  onCameraChange: (camera: Camera) => void;
  /** The map cannot draw any more (its WebGL context was lost and not restored): rebuild it. */
  onMapFailure: () => void;
  /** The map has drawn a complete picture for the first time (again after a lost context came back). */
  onFirstDraw?: () => void;
}

/** The map's side of the feed: what it last applied, so each frame sets only what changed. */
class Applier {
  private applied = new Map<string, MapFeatureState>();
  private states: ReadonlyMap<string, FeatureState> | null = null;
  private lenin: FeatureCollection | null = null;
  private movers: FeatureCollection | null = null;
  private lang: string | null = null;
  private cameraSeq: number;
  private glowTargets: { source: StatefulSourceId; id: string }[] = [];
  private glowTimer: number | undefined;

  constructor(
    private readonly map: maplibregl.Map,
    /** The sources each stateful feature lives in (a key point: its marker and its building). */
    private readonly index: ReadonlyMap<string, readonly StatefulSourceId[]>,
    private readonly props: { current: MapViewProps },
    cameraSeq: number,
    opening: { lang: string; lenin: FeatureCollection; movers: FeatureCollection },
  ) {
    this.cameraSeq = cameraSeq;
    // The style was built with these: setting them again after 'load' would re-lay out every label.
    this.lang = opening.lang;
    this.lenin = opening.lenin;
    this.movers = opening.movers;
  }

  /** Shows the feed's newest frame; `glow` lists the features whose change was just passed. */
  show(glow: readonly string[]) {
    const { feed, scene } = this.props.current;
    const frame = feed.get();
    const { states, lenin, movers } = scene.at(frame.time);
    if (states !== this.states) {
      this.states = states;
      for (const [id, state] of featureStateDiff(this.applied, states)) {
        for (const source of this.index.get(id) ?? []) this.map.setFeatureState({ source, id }, state);
        this.applied.set(id, state);
      }
    }
    if (glow.length > 0 && !this.props.current.reducedMotion) this.startGlow(glow);
    if (lenin !== this.lenin) {
      this.lenin = lenin;
      void this.map.getSource<maplibregl.GeoJSONSource>('lenin')?.setData(lenin);
    }
    if (movers !== this.movers) {
      this.movers = movers;
      void this.map.getSource<maplibregl.GeoJSONSource>('movers')?.setData(movers);
    }
    if (frame.lang !== this.lang) {
      this.lang = frame.lang;
      this.map.setGlobalStateProperty('lang', frame.lang);
    }
    if (frame.cameraRequest.seq !== this.cameraSeq) {
      this.cameraSeq = frame.cameraRequest.seq;
      const target = { center: frame.cameraRequest.center, zoom: frame.cameraRequest.zoom };
      if (this.props.current.reducedMotion) this.map.jumpTo(target);
      else this.map.flyTo({ ...target, duration: 1600, essential: false });
    }
  }

  /** Lets these features glow for FLASH_MS; a newer glow ends the one before. */
  private startGlow(ids: readonly string[]) {
    this.endGlow();
    this.glowTargets = ids.flatMap((id) => (this.index.get(id) ?? []).map((source) => ({ source, id })));
    for (const target of this.glowTargets) this.map.setFeatureState(target, { flash: true });
    this.glowTimer = window.setTimeout(() => this.endGlow(), FLASH_MS);
  }

  /** Ends the glow (at once if `unset`, else only its timer, when the map is going away). */
  endGlow(unset = true) {
    window.clearTimeout(this.glowTimer);
    if (unset) for (const target of this.glowTargets) this.map.setFeatureState(target, { flash: false });
    this.glowTargets = [];
  }
}

/** Renders only when one of its props changes; the time never reaches it as a prop. */
export const MapView = memo(function MapView(props: MapViewProps) {
  const { data, theme, label } = props;
  const container = useRef<HTMLDivElement>(null);
  // The newest props, for handlers registered once when the map was created.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Create the map once per data set and theme, and subscribe it to the feed.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const glyphs = new URL('fonts/{fontstack}/{range}.pbf', document.baseURI).href
      .replace('%7Bfontstack%7D', '{fontstack}')
      .replace('%7Brange%7D', '{range}');
    const { feed, reducedMotion } = latest.current;
    const frame = feed.get();
    // A rebuilt map starts where the last one was.
    const start = frame.camera ?? frame.cameraRequest;
    performance.mark('petrograd:map-created');
    const opening = { lang: frame.lang, ...latest.current.scene.at(frame.time) };
    const map = new maplibregl.Map({
      container: element,
      style: style({ theme, lang: frame.lang, data: { ...data, lenin: opening.lenin, movers: opening.movers }, glyphs }),
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
      fadeDuration: reducedMotion ? 0 : 300,
      // A kiosk runs all day: keep the tile caches small, so memory stays flat as the camera roams.
      maxTileCacheSize: 48,
      maxTileCacheZoomLevels: 3,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    for (const image of mapImages(theme)) map.addImage(image.name, image.image, { pixelRatio: image.pixelRatio });
    const applier = new Applier(map, statefulSourcesById(data), latest, frame.cameraRequest.seq, opening);
    let unsubscribe: (() => void) | undefined;

    let loaded = false;
    const handleLoad = () => {
      // before 'load' the style refuses global and feature state
      loaded = true;
      performance.mark('petrograd:map-loaded');
      applier.show([]);
      unsubscribe = feed.subscribe(({ glow }) => applier.show(glow));
    };
    const capture = latest.current.capture;
    if (capture) capture.current = { capture: (draw, widthPx) => loaded && captureMap(map, draw, widthPx) };
    const handleIdle = () => {
      if (!element.dataset.mapIdle) {
        performance.mark('petrograd:map-idle');
        latest.current.onFirstDraw?.();
      }
      element.dataset.mapIdle = 'true';
    };
    const handleMoveEnd = () => {
      const center = map.getCenter();
      latest.current.onCameraChange({ center: [center.lng, center.lat], zoom: map.getZoom() });
    };
    const handleClick = (event: maplibregl.MapMouseEvent) => {
      const pad = 10; // a finger is wider than a cursor
      const box: [maplibregl.PointLike, maplibregl.PointLike] = [
        [event.point.x - pad, event.point.y - pad],
        [event.point.x + pad, event.point.y + pad],
      ];
      const hit = map.queryRenderedFeatures(box, { layers: [...SELECTABLE_LAYERS] })[0];
      // a place's features carry its id; Lenin's marker names the waypoint he is at or last passed
      const id: unknown = hit?.layer.id === 'lenin-position' ? hit.properties.place : hit?.properties.id;
      if (typeof id === 'string') latest.current.onSelect(id);
    };
    // The pointer cursor, set on entering and leaving a selectable layer, not queried on every move.
    let hovered = 0;
    const handleEnter = () => {
      hovered += 1;
      map.getCanvas().style.cursor = 'pointer';
    };
    const handleLeave = () => {
      hovered = Math.max(0, hovered - 1);
      if (hovered === 0) map.getCanvas().style.cursor = '';
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
    for (const layer of SELECTABLE_LAYERS) {
      map.on('mouseenter', layer, handleEnter);
      map.on('mouseleave', layer, handleLeave);
    }
    testHook()?.(map);
    return () => {
      if (capture) capture.current = null;
      unsubscribe?.();
      window.clearTimeout(contextTimer);
      applier.endGlow(false);
      map.off('webglcontextlost', handleContextLost);
      map.off('webglcontextrestored', handleContextRestored);
      map.off('load', handleLoad);
      map.off('idle', handleIdle);
      map.off('moveend', handleMoveEnd);
      map.off('click', handleClick);
      for (const layer of SELECTABLE_LAYERS) {
        map.off('mouseenter', layer, handleEnter);
        map.off('mouseleave', layer, handleLeave);
      }
      map.remove();
      delete element.dataset.mapIdle;
    };
  }, [data, theme]);

  return <div ref={container} className="map" role="region" aria-label={label} data-testid="map" />;
});
