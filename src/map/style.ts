/**
 * The map style as a pure function of a theme, the language, the data and the glyph URL. It returns
 * plain layer specs and calls no map API. Time-dependent looks (who holds a bridge, raised or lowered)
 * are feature-state expressions, so moving the slider never rebuilds the style; the language is a
 * global-state property, so switching it is one call, not a new style.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { FIRM_CERTAINTIES } from '../engine/timeline.ts';
import type { Lang } from '../time/format.ts';
import { STATEFUL_SOURCES, type MapData, type MapSourceId } from './mapData.ts';
import { moverLabelLayers, moverLineLayers, moverMarkerLayers, restingMoverLabelLayers } from './moverLayers.ts';
import type { Theme } from './theme.ts';

export interface StyleOptions {
  theme: Theme;
  lang: Lang;
  data: MapData;
  /** Absolute URL template of the glyph PBFs, e.g. "http://host/fonts/{fontstack}/{range}.pbf". */
  glyphs: string;
}

/** The label in the current language, falling back to English. */
export const localizedName: ExpressionSpecification = [
  'coalesce',
  ['get', ['concat', 'name_', ['global-state', 'lang']]],
  ['get', 'name_en'],
];

/** Colour by the feature's controller in its feature state (unknown until the engine has set it). */
function controlColor(theme: Theme): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['feature-state', 'control'], 'unknown'],
    'mrc',
    theme.control.mrc,
    'government',
    theme.control.government,
    'contested',
    theme.control.contested,
    theme.control.unknown,
  ];
}

/** Faded when the current state is not firm: the engine's isFirm, as an expression over feature state. */
function attestedOpacity(firm: number, uncertain: number): ExpressionSpecification {
  return [
    'case',
    [
      'all',
      ['!', ['==', ['feature-state', 'settling'], true]],
      ['in', ['coalesce', ['feature-state', 'certainty'], 'estimated'], ['literal', [...FIRM_CERTAINTIES]]],
    ],
    firm,
    uncertain,
  ];
}

/**
 * Layers a visitor can click or tap to open a place's card: a feature's `id` names the place (Lenin's
 * marker names the waypoint he is at or last passed in `place`). The style test checks each exists.
 */
export const SELECTABLE_LAYERS = [
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
] as const;

/** Feature-state tests shared by several layers. */
const raised: ExpressionSpecification = ['==', ['feature-state', 'bridge'], 'raised'];
const flashing: ExpressionSpecification = ['==', ['feature-state', 'flash'], true];
/** A square's line only carries its name: it is open ground, not a roadway to draw. */
const notSquare: ExpressionSpecification = ['!=', ['get', 'type'], 'square'];
/** A footprint that houses a place of the story (and so takes its state). */
const housed: ExpressionSpecification = ['==', ['get', 'housed'], true];

function whenControl(
  control: string,
  then: number | ExpressionSpecification,
  otherwise: number,
): ExpressionSpecification {
  return ['case', ['==', ['coalesce', ['feature-state', 'control'], 'unknown'], control], then, otherwise];
}

const zoomed = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/** Sources drawn from OpenStreetMap-derived data (ODbL), credited wherever the map shows its attribution. */
const OSM_DERIVED = new Set<MapSourceId>(['streets', 'buildings', 'blocks']);
const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

export function sources(data: MapData): Record<MapSourceId, SourceSpecification> {
  const stateful = new Set<string>(STATEFUL_SOURCES);
  return Object.fromEntries(
    (Object.keys(data) as MapSourceId[]).map((id) => [
      id,
      {
        type: 'geojson',
        data: data[id],
        ...(stateful.has(id) ? { promoteId: 'id' } : {}),
        ...(OSM_DERIVED.has(id) ? { attribution: OSM_ATTRIBUTION } : {}),
      } satisfies SourceSpecification,
    ]),
  ) as Record<MapSourceId, SourceSpecification>;
}

/**
 * Which key point's label wins a crowded spot: lower is placed first. The targets of the night
 * (the fortress, the Aurora, the exchanges, the bank, the staffs, the Pre-Parliament) first, then
 * stations, barracks and presses, then flats and the rest.
 */
const POINT_LABEL_PRIORITY: ExpressionSpecification = [
  'match',
  ['get', 'id'],
  ['peter-paul-fortress', 'aurora', 'telephone-exchange', 'telegraph', 'general-staff', 'district-hq', 'mariinsky-palace'],
  1,
  ['match', ['get', 'kind'], ['fortress', 'ship', 'communications', 'bank', 'military', 'government'], 2, ['station', 'barracks', 'press', 'power', 'palace'], 3, 4],
];

export function layers(theme: Theme): LayerSpecification[] {
  const label = (size: DataDrivenPropertyValueSpecification<number>, font: string[]) => ({
    'text-field': localizedName,
    'text-font': font,
    'text-size': size,
  });
  const halo = { 'text-halo-color': theme.halo, 'text-halo-width': 1.5, 'text-halo-blur': 0.5 };
  return [
    { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': theme.land, 'fill-antialias': true } },
    {
      id: 'land-edge',
      type: 'line',
      source: 'land',
      paint: { 'line-color': theme.landEdge, 'line-width': zoomed(11, 0.4, 16, 1.5) },
    },
    {
      // City blocks: the built-up ground a period plan tints between its streets; squares stay paper.
      id: 'blocks-fill',
      type: 'fill',
      source: 'blocks',
      minzoom: 12,
      filter: ['==', ['get', 'kind'], 'block'],
      paint: { 'fill-color': theme.block, 'fill-opacity': zoomed(12, 0, 13, 1) },
    },
    {
      id: 'blocks-edge',
      type: 'line',
      source: 'blocks',
      minzoom: 13.5,
      paint: {
        'line-color': theme.blockEdge,
        'line-width': zoomed(13.5, 0.3, 17, 1),
        'line-dasharray': ['case', ['==', ['get', 'kind'], 'square'], ['literal', [3, 2]], ['literal', [1, 0]]],
      },
    },
    { id: 'parks', type: 'fill', source: 'parks', paint: { 'fill-color': theme.park } },
    {
      // Water is drawn only as areas (banks as edges); label lines are never painted.
      id: 'water-areas',
      type: 'fill',
      source: 'water',
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['!=', ['get', 'kind'], 'label']],
      paint: { 'fill-color': theme.water, 'fill-antialias': true },
    },
    {
      // The bank line: a fine ink edge, as on a printed plan.
      id: 'water-edge',
      type: 'line',
      source: 'water',
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['==', ['get', 'kind'], 'canal']],
      minzoom: 13,
      paint: { 'line-color': theme.landEdge, 'line-width': zoomed(13, 0.3, 17, 1.2) },
    },
    {
      id: 'railways',
      type: 'line',
      source: 'railways',
      paint: {
        'line-color': theme.railway,
        'line-width': zoomed(11, 0.8, 16, 2.5),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'streets-minor',
      type: 'line',
      source: 'streets',
      filter: ['all', ['==', ['get', 'rank'], 'minor'], notSquare],
      minzoom: 12.5,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.streetCasing, 'line-width': zoomed(12.5, 0.5, 17, 6), 'line-opacity': 0.7 },
    },
    {
      id: 'streets-major-casing',
      type: 'line',
      source: 'streets',
      filter: ['all', ['==', ['get', 'rank'], 'major'], notSquare],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.streetCasing, 'line-width': zoomed(10, 1, 17, 14) },
    },
    {
      id: 'streets-major',
      type: 'line',
      source: 'streets',
      filter: ['all', ['==', ['get', 'rank'], 'major'], notSquare],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.streetMajor, 'line-width': zoomed(10, 0.4, 17, 11) },
    },
    // Footprints: a building that houses a place is filled with its controller's colour (feature state,
    // the same id as the place's marker); others are drawn in the paper's building tone.
    {
      id: 'buildings-fill',
      type: 'fill',
      source: 'buildings',
      minzoom: 12.5,
      paint: {
        'fill-color': ['case', housed, controlColor(theme), theme.building],
        'fill-opacity': ['case', housed, attestedOpacity(0.6, 0.3), 0.9],
      },
    },
    {
      id: 'buildings-contested',
      type: 'fill',
      source: 'buildings',
      minzoom: 12.5,
      filter: housed,
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': whenControl('contested', 1, 0) },
    },
    {
      id: 'buildings-outline',
      type: 'line',
      source: 'buildings',
      minzoom: 12.5,
      paint: {
        'line-color': ['case', housed, controlColor(theme), theme.buildingEdge],
        'line-width': ['interpolate', ['linear'], ['zoom'], 12.5, ['case', flashing, 3, 0.6], 17, ['case', flashing, 6, 2]],
        'line-opacity': ['case', housed, attestedOpacity(1, 0), 1],
      },
    },
    {
      // As for the strongholds: an uncertain state gets a dashed edge, a shape and not only a paler fill.
      id: 'buildings-outline-uncertain',
      type: 'line',
      source: 'buildings',
      minzoom: 12.5,
      filter: housed,
      paint: {
        'line-color': controlColor(theme),
        'line-width': ['interpolate', ['linear'], ['zoom'], 12.5, ['case', flashing, 3, 0.6], 17, ['case', flashing, 6, 2]],
        'line-dasharray': [2, 1.5],
        'line-opacity': attestedOpacity(0, 1),
      },
    },
    {
      id: 'strongholds-fill',
      type: 'fill',
      source: 'strongholds',
      paint: { 'fill-color': controlColor(theme), 'fill-opacity': attestedOpacity(0.55, 0.25) },
    },
    {
      // Contested ground is hatched as well as coloured.
      id: 'strongholds-contested',
      type: 'fill',
      source: 'strongholds',
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': whenControl('contested', 1, 0) },
    },
    {
      id: 'strongholds-outline',
      type: 'line',
      source: 'strongholds',
      paint: {
        'line-color': controlColor(theme),
        'line-width': ['case', flashing, 6, 2.5],
        'line-opacity': attestedOpacity(1, 0),
      },
    },
    {
      // An uncertain state gets a dashed outline: shape, not only a fainter colour.
      id: 'strongholds-outline-uncertain',
      type: 'line',
      source: 'strongholds',
      paint: {
        'line-color': controlColor(theme),
        'line-width': ['case', flashing, 6, 2.5],
        'line-dasharray': [2, 1.5],
        'line-opacity': attestedOpacity(0, 1),
      },
    },
    {
      id: 'bridges-flash',
      type: 'line',
      source: 'bridges',
      filter: ['!=', ['get', 'story'], false],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': theme.halo,
        'line-width': zoomed(11, 12, 16, 30),
        'line-opacity': ['case', flashing, 0.9, 0],
        'line-blur': 4,
      },
    },
    {
      // Bridges that only draw the 1917 city: paper deck between ink edges, no state.
      id: 'bridges-plain-casing',
      type: 'line',
      source: 'bridges',
      filter: ['==', ['get', 'story'], false],
      minzoom: 13,
      layout: { 'line-cap': 'butt' },
      paint: { 'line-color': theme.ink, 'line-width': zoomed(13, 2.5, 17, 11) },
    },
    {
      id: 'bridges-plain-deck',
      type: 'line',
      source: 'bridges',
      filter: ['==', ['get', 'story'], false],
      minzoom: 13,
      layout: { 'line-cap': 'butt' },
      paint: { 'line-color': theme.land, 'line-width': zoomed(13, 1.2, 17, 8) },
    },
    {
      id: 'bridges-casing',
      type: 'line',
      source: 'bridges',
      filter: ['!=', ['get', 'story'], false],
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': theme.ink,
        'line-width': zoomed(11, 5, 16, 16),
        // filters cannot read feature state, so a raised span's casing fades out instead
        'line-opacity': ['case', ['all', ['==', ['get', 'part'], 'span'], raised], 0, 1],
      },
    },
    {
      id: 'bridges-deck',
      type: 'line',
      source: 'bridges',
      filter: ['all', ['==', ['get', 'part'], 'deck'], ['!=', ['get', 'story'], false]],
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': controlColor(theme),
        'line-width': zoomed(11, 3, 16, 12),
        'line-opacity': attestedOpacity(1, 0.55),
      },
    },
    {
      id: 'bridges-span',
      type: 'line',
      source: 'bridges',
      filter: ['==', ['get', 'part'], 'span'],
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': controlColor(theme),
        'line-width': zoomed(11, 3, 16, 12),
        // A raised span leaves a visible gap in the bridge: shape, not colour alone.
        'line-opacity': ['case', raised, 0, attestedOpacity(1, 0.55)],
      },
    },
    {
      // Across the gap of a raised span, a thin dashed line says "the bridge is open here".
      id: 'bridges-span-raised',
      type: 'line',
      source: 'bridges',
      filter: ['==', ['get', 'part'], 'span'],
      paint: {
        'line-color': theme.ink,
        'line-width': zoomed(11, 1, 16, 2),
        'line-dasharray': [1, 1.5],
        'line-opacity': ['case', raised, 1, 0],
      },
    },
    {
      id: 'route-streetcar',
      type: 'line',
      source: 'route',
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['==', ['get', 'mode'], 'streetcar']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.route.streetcar, 'line-width': zoomed(11, 2, 16, 5), 'line-opacity': 0.45 },
    },
    {
      id: 'route-walk',
      type: 'line',
      source: 'route',
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['==', ['get', 'mode'], 'walk']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.route.walk,
        'line-width': zoomed(11, 1.5, 16, 4),
        'line-opacity': 0.45,
        'line-dasharray': [1.5, 1.5],
      },
    },
    {
      // Where he may be, given the uncertainty of the timing: a broad pale band along the route.
      id: 'lenin-band',
      type: 'line',
      source: 'lenin',
      filter: ['==', ['get', 'part'], 'band'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.route.trail, 'line-width': zoomed(11, 8, 16, 22), 'line-opacity': 0.18 },
    },
    {
      id: 'lenin-trail-streetcar',
      type: 'line',
      source: 'lenin',
      filter: ['all', ['==', ['get', 'part'], 'trail'], ['==', ['get', 'mode'], 'streetcar']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.route.trail, 'line-width': zoomed(11, 3.5, 16, 8) },
    },
    {
      id: 'lenin-trail-walk',
      type: 'line',
      source: 'lenin',
      filter: ['all', ['==', ['get', 'part'], 'trail'], ['==', ['get', 'mode'], 'walk']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.route.trail, 'line-width': zoomed(11, 3, 16, 7), 'line-dasharray': [1, 0.8] },
    },
    ...moverLineLayers(theme),
    {
      id: 'waypoints',
      type: 'circle',
      source: 'route',
      filter: ['==', ['geometry-type'], 'Point'],
      minzoom: 12.5,
      paint: {
        'circle-radius': zoomed(12.5, 2.5, 16, 5),
        'circle-color': theme.halo,
        'circle-stroke-color': theme.route.walk,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'points-flash',
      type: 'circle',
      source: 'points',
      paint: {
        'circle-radius': zoomed(11, 16, 16, 26),
        'circle-color': theme.halo,
        'circle-blur': 0.6,
        'circle-opacity': ['case', flashing, 0.95, 0],
      },
    },
    ...(['mrc', 'government', 'contested', 'unknown'] as const).map(
      (control): LayerSpecification => ({
        // One layer per controller, each with its own shape; feature state picks the visible one.
        id: `points-${control}`,
        type: 'symbol',
        source: 'points',
        layout: {
          'icon-image': `marker-${control}`,
          'icon-size': zoomed(11, 0.7, 16, 1.15),
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
        paint: { 'icon-opacity': whenControl(control, attestedOpacity(1, 0.5), 0) },
      }),
    ),
    ...(['mrc', 'government', 'contested', 'unknown'] as const).map(
      (control): LayerSpecification => ({
        id: `bridge-markers-${control}`,
        type: 'symbol',
        source: 'bridges',
        filter: ['==', ['get', 'part'], 'span'],
        minzoom: 12,
        layout: {
          'icon-image': `marker-${control}`,
          'icon-size': zoomed(12, 0.55, 16, 0.9),
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'symbol-placement': 'line-center',
          'icon-offset': [0, -22],
        },
        paint: { 'icon-opacity': whenControl(control, attestedOpacity(1, 0.5), 0) },
      }),
    ),
    {
      id: 'lenin-position',
      type: 'circle',
      source: 'lenin',
      filter: ['==', ['get', 'part'], 'position'],
      paint: {
        'circle-radius': zoomed(11, 7, 16, 12),
        'circle-color': theme.route.lenin,
        'circle-stroke-color': theme.halo,
        'circle-stroke-width': 3,
      },
    },
    ...moverMarkerLayers(theme),
    {
      id: 'water-labels',
      type: 'symbol',
      source: 'water',
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        ...label(zoomed(11, 11, 16, 16), theme.fonts.italic),
        'symbol-placement': 'line',
        'text-letter-spacing': 0.08,
        'text-max-angle': 30,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': theme.waterInk, ...halo },
    },
    {
      id: 'land-labels',
      type: 'symbol',
      source: 'land',
      filter: ['==', ['get', 'kind'], 'island'],
      maxzoom: 15,
      layout: {
        ...label(zoomed(11, 11, 15, 15), theme.fonts.bold),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.15,
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.inkSoft, 'text-opacity': 0.8, ...halo },
    },
    {
      id: 'street-labels',
      type: 'symbol',
      source: 'streets',
      minzoom: 13,
      layout: {
        ...label(zoomed(13, 10, 17, 14), theme.fonts.regular),
        // Where labels collide the prospekts, embankments and squares keep theirs before lanes do.
        'symbol-sort-key': ['match', ['get', 'rank'], 'major', 0, 1],
        'symbol-placement': 'line',
        'text-max-angle': 35,
        'symbol-spacing': 350,
      },
      paint: { 'text-color': theme.ink, ...halo },
    },
    {
      id: 'park-labels',
      type: 'symbol',
      source: 'parks',
      minzoom: 13.5,
      layout: { ...label(11, theme.fonts.italic), 'text-max-width': 7 },
      paint: { 'text-color': theme.parkInk, ...halo },
    },
    // Labels are placed top layer first, so the more important a layer, the later it comes: the
    // water, islands, streets and parks yield to the bridges, the bridges to the key points, the
    // key points to the two strongholds. No label may overlap another (MapLibre's collision, at
    // every zoom), nor a marker (the label-space layers).
    {
      id: 'bridge-labels',
      type: 'symbol',
      source: 'bridges',
      filter: ['all', ['==', ['get', 'part'], 'deck'], ['!=', ['get', 'story'], false]],
      minzoom: 13.5,
      layout: { ...label(11, theme.fonts.italic), 'symbol-placement': 'line-center', 'text-padding': 3 },
      paint: { 'text-color': theme.ink, ...halo },
    },
    {
      // the canal bridges are named only close up, where there is room
      id: 'bridge-labels-plain',
      type: 'symbol',
      source: 'bridges',
      filter: ['==', ['get', 'story'], false],
      minzoom: 15.5,
      layout: { ...label(10, theme.fonts.italic), 'symbol-placement': 'line-center', 'text-padding': 3 },
      paint: { 'text-color': theme.inkSoft, ...halo },
    },
    ...restingMoverLabelLayers(theme),
    {
      id: 'point-labels',
      type: 'symbol',
      source: 'points',
      minzoom: 12,
      layout: {
        ...label(zoomed(12, 10.5, 16, 14), theme.fonts.regular),
        // beside the marker where there is room, else above, below or at a corner
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        'text-max-width': 9,
        'text-padding': 1,
        // the places the night turned on win a crowded spot (lower keys are placed first)
        'symbol-sort-key': POINT_LABEL_PRIORITY,
      },
      paint: { 'text-color': theme.ink, ...halo },
    },
    // Invisible copies of the markers, placed before any label but the strongholds' names: a label
    // then keeps clear of every marker, not only its own (the drawn markers ignore placement, so
    // they never hide each other). A little smaller than the markers, so a label beside its own
    // marker (radial offset) fits.
    {
      id: 'label-space-points',
      type: 'symbol',
      source: 'points',
      layout: {
        'icon-image': 'marker-unknown',
        'icon-size': zoomed(11, 0.55, 16, 0.9),
        'icon-allow-overlap': true,
        'icon-padding': 1,
      },
      paint: { 'icon-opacity': 0 },
    },
    // Placed before the markers' invisible copies: a stronghold's name may cross a small marker
    // rather than vanish, as the Winter Palace's did in the whole-city view among the markers round
    // Palace Square. Every other label still keeps clear of it and of the markers.
    {
      id: 'stronghold-labels',
      type: 'symbol',
      source: 'stronghold-labels',
      layout: {
        ...label(zoomed(11, 12, 16, 16), theme.fonts.bold),
        'text-max-width': 8,
        // on the building, else beside it where a bridge's or a mover's label has the spot
        'text-variable-anchor': ['center', 'top', 'bottom', 'right', 'left', 'top-right', 'bottom-right', 'top-left', 'bottom-left'],
        'text-radial-offset': 0.6,
        'text-padding': 3,
      },
      paint: { 'text-color': theme.ink, ...halo },
    },
    {
      id: 'label-space-bridges',
      type: 'symbol',
      source: 'bridges',
      filter: ['==', ['get', 'part'], 'span'],
      minzoom: 12,
      layout: {
        'icon-image': 'marker-unknown',
        'icon-size': zoomed(12, 0.45, 16, 0.72),
        'icon-allow-overlap': true,
        'icon-padding': 1,
        'symbol-placement': 'line-center',
        'icon-offset': [0, -22],
      },
      paint: { 'icon-opacity': 0 },
    },
    {
      id: 'lenin-label',
      type: 'symbol',
      source: 'lenin',
      filter: ['==', ['get', 'part'], 'position'],
      layout: {
        'text-field': ['get', ['concat', 'label_', ['global-state', 'lang']]],
        'text-font': theme.fonts.bold,
        'text-size': zoomed(11, 12, 16, 15),
        'text-anchor': 'left',
        'text-offset': [1.1, 0],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': theme.route.lenin, ...halo, 'text-halo-width': 2 },
    },
    ...moverLabelLayers(theme),
  ];
}

export function style({ theme, lang, data, glyphs }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: `Petrograd 1917 (${theme.name})`,
    glyphs,
    state: { lang: { default: lang } },
    sources: sources(data),
    layers: layers(theme),
  };
}
