/**
 * The peer page's style: the same map driven the way OpenHistoricalMap's maplibre-gl-dates drives
 * time. Every stateful feature is cut into one feature per interval of constant state, carrying its
 * date range (`start` inclusive, `end` exclusive, in story minutes) and its state as plain properties;
 * the style reads those properties instead of feature state; and each moment is shown by a setFilter
 * on every layer of those sources, keeping the features whose range contains it.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import type { TimelineEngine } from '../../src/engine/timeline.ts';
import { toMapFeatureState } from '../../src/map/featureState.ts';
import { STATEFUL_SOURCES, type MapData } from '../../src/map/mapData.ts';
import type { LocalMinutes } from '../../src/time/localTime.ts';

/** Far before and after the story, for the first and last interval. */
const EVER = 1e9;

export interface PeerStyle {
  style: StyleSpecification;
  /** The layers of the dated sources, with the filter each had before the date was added. */
  dated: { id: string; filter: FilterSpecification | null }[];
}

/** Replaces every ['feature-state', key] with ['get', key]: the state is a property of each dated feature. */
function statesAsProperties(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value[0] === 'feature-state' && typeof value[1] === 'string') return ['get', value[1]];
    return value.map(statesAsProperties);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, statesAsProperties(inner)]));
  }
  return value;
}

/** The filter for a moment, as maplibre-gl-dates writes it: start ≤ t < end, and the layer's own. */
export function datedFilter(base: FilterSpecification | null, t: number): FilterSpecification {
  const range: ExpressionSpecification[] = [
    ['<=', ['get', 'start'], t],
    ['>', ['get', 'end'], t],
  ];
  const filter: unknown = base ? ['all', base, ...range] : ['all', ...range];
  return filter as FilterSpecification;
}

export function peerStyle(style: StyleSpecification, data: MapData, engine: TimelineEngine, initial: LocalMinutes): PeerStyle {
  const stateful = new Set<string>(STATEFUL_SOURCES);
  const boundariesOf = (id: string) =>
    [...new Set(engine.changes.filter((change) => change.featureId === id).flatMap((change) => [change.at, change.until]))].sort(
      (a, b) => a - b,
    );
  const dated = (collection: FeatureCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: collection.features.flatMap((feature): Feature[] => {
      const id = String(feature.properties?.id);
      const cuts = boundariesOf(id);
      const starts = [-EVER, ...cuts];
      return starts.flatMap((start, index) => {
        const state = engine.stateAt((start === -EVER ? engine.start - 1 : start) as LocalMinutes).get(id);
        if (!state) return [];
        return [{ ...feature, properties: { ...feature.properties, ...toMapFeatureState(state), start, end: starts[index + 1] ?? EVER } }];
      });
    }),
  });
  const sources: StyleSpecification['sources'] = {};
  for (const [id, source] of Object.entries(style.sources)) {
    // no promoteId for the dated sources: the dated copies of a feature share its id
    sources[id] = stateful.has(id) ? ({ type: 'geojson', data: dated(data[id as keyof MapData]) } satisfies GeoJSONSourceSpecification) : source;
  }
  const datedLayers: PeerStyle['dated'] = [];
  const layers = style.layers.map((layer): LayerSpecification => {
    if (!('source' in layer) || typeof layer.source !== 'string' || !stateful.has(layer.source)) return layer;
    const base = ('filter' in layer ? (layer.filter ?? null) : null);
    datedLayers.push({ id: layer.id, filter: base });
    return { ...(statesAsProperties(layer) as LayerSpecification), filter: datedFilter(base, initial) } as LayerSpecification;
  });
  return { style: { ...style, sources, layers }, dated: datedLayers };
}
