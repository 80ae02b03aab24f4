/**
 * The movers' layers, read from the "movers" source that ./moverFeatures.ts fills: the band where a
 * mover may be, its trail (a dash pattern per mode, so the mode reads without colour), the Aurora's
 * searchlight, the flash of a shot, the marker (a shape per kind) and a label in the visitor's
 * language. Pure specs; style.ts places them among the others.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from './theme.ts';

export const MOVERS_SOURCE = 'movers';

const zoomed = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

const part = (name: string): ExpressionSpecification => ['==', ['get', 'part'], name];

/** Trail looks per mode: on water a long dash, by car solid, marching or walking dotted. */
const TRAILS: { id: string; modes: string[]; dash?: number[]; width: ExpressionSpecification }[] = [
  { id: 'movers-trail-water', modes: ['ship', 'tow'], dash: [3, 1.5], width: zoomed(11, 2.5, 16, 6) },
  { id: 'movers-trail-car', modes: ['car', 'streetcar'], width: zoomed(11, 2.5, 16, 6) },
  { id: 'movers-trail-foot', modes: ['column', 'walk'], dash: [0.8, 1.2], width: zoomed(11, 2.5, 16, 6) },
];

/** Below the markers of places: band, trails and the searchlight. */
export function moverLineLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'movers-band',
      type: 'line',
      source: MOVERS_SOURCE,
      filter: part('band'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.ink, 'line-width': zoomed(11, 8, 16, 22), 'line-opacity': 0.14 },
    },
    ...TRAILS.map(
      (trail): LayerSpecification => ({
        id: trail.id,
        type: 'line',
        source: MOVERS_SOURCE,
        filter: ['all', part('trail'), ['in', ['get', 'mode'], ['literal', trail.modes]]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': theme.inkSoft,
          'line-width': trail.width,
          'line-opacity': 0.85,
          ...(trail.dash ? { 'line-dasharray': trail.dash } : {}),
        },
      }),
    ),
    {
      // a pale cone of light across the water to the bridge
      id: 'movers-beam',
      type: 'line',
      source: MOVERS_SOURCE,
      filter: part('beam'),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': theme.halo, 'line-width': zoomed(11, 6, 16, 24), 'line-blur': zoomed(11, 3, 16, 10), 'line-opacity': 0.9 },
    },
  ];
}

/** Above the places' markers: the flash of a shot and each mover's marker. */
export function moverMarkerLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'movers-shot',
      type: 'circle',
      source: MOVERS_SOURCE,
      filter: part('shot'),
      paint: {
        'circle-radius': zoomed(11, 14, 16, 30),
        'circle-color': theme.halo,
        'circle-stroke-color': theme.ink,
        'circle-stroke-width': 2,
        'circle-opacity': 0.85,
      },
    },
    {
      id: 'movers-position',
      type: 'symbol',
      source: MOVERS_SOURCE,
      filter: part('position'),
      layout: {
        // the image is named after the marker: "mover-ship", "mover-car"…
        'icon-image': ['concat', 'mover-', ['get', 'marker']],
        'icon-size': zoomed(11, 0.75, 16, 1.2),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      // an estimated position is fainter; its band says how far it may be
      paint: { 'icon-opacity': ['case', ['==', ['get', 'estimated'], true], 0.85, 1] },
    },
  ];
}

/** A mover's name in the visitor's language, on the movers at rest (`resting`) or on those moving. */
function moverLabelLayer(theme: Theme, resting: boolean): LayerSpecification {
  return {
    id: resting ? 'movers-label-resting' : 'movers-label',
    type: 'symbol',
    source: MOVERS_SOURCE,
    // at rest at a labelled place (the Aurora at her anchorage) the place's label says it
    filter: ['all', part('position'), ['!=', ['get', 'at_place'], true], [resting ? '!=' : '==', ['get', 'status'], 'moving']],
    minzoom: 11.5,
    layout: {
      // the same expression as every other label: name_en / name_ru by the global language
      'text-field': ['coalesce', ['get', ['concat', 'name_', ['global-state', 'lang']]], ['get', 'name_en']],
      'text-font': theme.fonts.bold,
      'text-size': zoomed(11.5, 11, 16, 14),
      'text-anchor': 'left',
      'text-offset': [1.3, 0],
      'text-max-width': 10,
      'text-optional': true,
    },
    paint: { 'text-color': theme.ink, 'text-halo-color': theme.halo, 'text-halo-width': 2, 'text-halo-blur': 0.5 },
  };
}

/**
 * Above every other label: the names of the movers on their way (the action of the moment). MapLibre
 * places the top layer first, so they win a crowded spot.
 */
export function moverLabelLayers(theme: Theme): LayerSpecification[] {
  return [moverLabelLayer(theme, false)];
}

/**
 * Below the places' labels: the names of the movers at rest, which yield to the places the night
 * turned on (the Kronstadt ships, anchored 250 m from the Aurora, hid her name at the kiosk's zoom).
 */
export function restingMoverLabelLayers(theme: Theme): LayerSpecification[] {
  return [moverLabelLayer(theme, true)];
}
