import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expression, validateStyleMin, type SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { isFirm } from '../engine/timeline.ts';
import { Certainty } from '../model/schemas.ts';
import { MoverMarker } from '../model/movers.ts';
import { emptyMapData, STATEFUL_SOURCES, toMapData } from './mapData.ts';
import { MAP_IMAGE_NAMES } from './markers.ts';
import { layers, localizedName, SELECTABLE_LAYERS, style } from './style.ts';
import { THEMES } from './theme.ts';

const GLYPHS = 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf';
const PUBLIC = resolve(import.meta.dirname, '../../public');

describe.each(Object.values(THEMES))('style($name)', (theme) => {
  const built = style({ theme, lang: 'en', data: toMapData(fixtureData()), glyphs: GLYPHS });
  const all = layers(theme);

  it('is a valid MapLibre style with zero errors', () => {
    expect(validateStyleMin(built)).toEqual([]);
    expect(validateStyleMin(style({ theme, lang: 'ru', data: emptyMapData(), glyphs: GLYPHS }))).toEqual([]);
  });

  it('is a pure function: the same input gives the same style', () => {
    const again = style({ theme, lang: 'en', data: toMapData(fixtureData()), glyphs: GLYPHS });
    expect(JSON.stringify(again)).toBe(JSON.stringify(built));
  });

  it('gives every layer a unique id and a source that exists', () => {
    const ids = all.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of all) {
      if ('source' in layer) expect(Object.keys(built.sources), layer.id).toContain(layer.source);
    }
  });

  it('labels every symbol layer in the current language, with a font shipped in public/fonts', () => {
    const symbols = all
      .filter((layer): layer is SymbolLayerSpecification => layer.type === 'symbol')
      .filter((layer) => layer.layout?.['text-field'] !== undefined);
    expect(symbols.length).toBeGreaterThan(3);
    for (const layer of symbols) {
      const field = layer.layout?.['text-field'];
      if (layer.id !== 'lenin-label') expect(field, layer.id).toEqual(localizedName);
      expect(JSON.stringify(field), layer.id).toContain('["global-state","lang"]');
      const fonts = layer.layout?.['text-font'] as string[];
      for (const font of fonts) expect(existsSync(resolve(PUBLIC, 'fonts', font, '1024-1279.pbf')), font).toBe(true);
      expect(layer.paint?.['text-halo-width'], `${layer.id} needs a halo to stay legible over the map`).toBeGreaterThan(0);
    }
  });

  it('loads nothing from another origin: the glyphs are ours and no source has a URL', () => {
    expect(built.glyphs).toBe(GLYPHS);
    expect(built.sprite).toBeUndefined();
    for (const source of Object.values(built.sources)) expect(source).not.toHaveProperty('url');
  });

  it('draws state from feature state, so a slider move never needs a new style', () => {
    const stateful = all.filter((layer) => 'source' in layer && (STATEFUL_SOURCES as readonly string[]).includes(layer.source));
    for (const layer of stateful) {
      const paint = JSON.stringify('paint' in layer ? layer.paint : {});
      // state is never read from properties, only from feature state
      expect(paint, layer.id).not.toMatch(/\["get","(control|bridge)"\]/);
    }
    const drawnByState = stateful.filter((layer) => JSON.stringify(layer.paint ?? {}).includes('"feature-state","control"'));
    expect(drawnByState.map((layer) => layer.id)).toEqual(
      expect.arrayContaining(['strongholds-fill', 'buildings-fill', 'bridges-deck', 'bridges-span', 'points-mrc', 'points-government', 'points-contested', 'points-unknown']),
    );
  });

  it('gives every controller its own marker shape, shown by feature state', () => {
    for (const control of ['mrc', 'government', 'contested', 'unknown']) {
      const layer = all.find((candidate) => candidate.id === `points-${control}`);
      expect(layer?.type).toBe('symbol');
      expect(layer?.layout).toMatchObject({ 'icon-image': `marker-${control}` });
    }
  });

  it('names only images the map is given, and is given none it never names', () => {
    const data = toMapData(fixtureData());
    // every feature the layer's source holds, and a mover of every marker shape (the movers source
    // is filled at run time)
    const features = (source: string) =>
      source === 'movers'
        ? MoverMarker.options.map((marker) => ({ marker, part: 'position' }))
        : (data[source as keyof typeof data]?.features.map((feature) => feature.properties ?? {}) ?? []);
    const named = new Set<string>();
    for (const layer of all) {
      const values = [
        'layout' in layer && layer.layout && 'icon-image' in layer.layout ? layer.layout['icon-image'] : undefined,
        'paint' in layer && layer.paint && 'fill-pattern' in layer.paint ? layer.paint['fill-pattern'] : undefined,
        'paint' in layer && layer.paint && 'line-pattern' in layer.paint ? layer.paint['line-pattern'] : undefined,
      ].filter((value) => value !== undefined);
      for (const value of values) {
        const compiled = expression.createExpression(value, {
          type: 'string',
          'property-type': 'data-driven',
          expression: { interpolated: false, parameters: ['zoom', 'feature'] },
        } as never);
        if (compiled.result !== 'success') throw new Error(`${layer.id}: its image does not compile`);
        const source = 'source' in layer ? String(layer.source) : '';
        for (const properties of features(source)) {
          const name: unknown = compiled.value.evaluate({ zoom: 14 }, { type: 'Point', properties } as never);
          if (typeof name === 'string' && name !== '') {
            named.add(name);
            expect(MAP_IMAGE_NAMES, `${layer.id} names "${name}"`).toContain(name);
          }
        }
      }
    }
    expect([...named].sort()).toEqual([...MAP_IMAGE_NAMES].sort());
  });

  it('shows a raised bridge as a gap (a shape), not by colour alone', () => {
    const span = all.find((layer) => layer.id === 'bridges-span');
    expect(span?.type).toBe('line');
    const opacity = span?.type === 'line' ? span.paint?.['line-opacity'] : undefined;
    expect(JSON.stringify(opacity)).toContain('"raised"');
  });

  it('paints water only as areas: no water layer draws a line at a width', () => {
    const water = all.filter((layer) => 'source' in layer && layer.source === 'water');
    for (const layer of water) expect(JSON.stringify(layer), layer.id).not.toContain('width_m');
    const fills = water.filter((layer) => layer.type === 'fill');
    expect(fills.map((layer) => layer.id)).toContain('water-areas');
    for (const layer of water.filter((candidate) => candidate.type === 'line')) {
      // a line on the water source may only outline an area (a bank), never stand for the water itself
      expect(JSON.stringify('filter' in layer ? layer.filter : null), layer.id).toContain('"Polygon"');
    }
  });

  it('draws the bridges without a part in the story plainly, never from feature state', () => {
    const plain = all.filter((layer) => JSON.stringify('filter' in layer ? layer.filter : null) === '["==",["get","story"],false]');
    const drawn = plain.filter((layer) => layer.type === 'line');
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    for (const layer of plain) expect(JSON.stringify(layer), layer.id).not.toContain('feature-state');
  });

  it('draws footprints under the strongholds and markers, and gives major street labels priority', () => {
    const order = all.map((layer) => layer.id);
    expect(order.indexOf('buildings-fill')).toBeGreaterThan(order.indexOf('streets-major'));
    expect(order.indexOf('buildings-fill')).toBeLessThan(order.indexOf('strongholds-fill'));
    expect(order.indexOf('buildings-fill')).toBeLessThan(order.indexOf('points-mrc'));
    const labels = all.find((layer) => layer.id === 'street-labels');
    expect(labels?.type === 'symbol' ? labels.layout?.['symbol-sort-key'] : undefined).toEqual(['match', ['get', 'rank'], 'major', 0, 1]);
  });

  it('credits OpenStreetMap on the sources drawn from its data', () => {
    for (const id of ['streets', 'buildings']) expect(built.sources[id]).toHaveProperty('attribution', '© OpenStreetMap contributors (ODbL)');
  });

  it('lets no label overlap another or a marker, and places the important ones first', () => {
    const symbols = all.filter((layer): layer is SymbolLayerSpecification => layer.type === 'symbol');
    for (const layer of symbols.filter((candidate) => candidate.layout?.['text-field'] !== undefined)) {
      // Lenin's own label always shows beside his marker; every other label takes part in collision
      if (layer.id === 'lenin-label') continue;
      expect(layer.layout?.['text-allow-overlap'], layer.id).not.toBe(true);
      expect(layer.layout?.['text-ignore-placement'], layer.id).not.toBe(true);
    }
    // MapLibre places the top layer first: the order below is the order of importance, least first
    // (a stronghold's name before the markers' spaces, so it may cross a marker rather than vanish)
    const order = ['water-labels', 'land-labels', 'street-labels', 'park-labels', 'bridge-labels', 'point-labels', 'label-space-points', 'stronghold-labels', 'label-space-bridges', 'lenin-label'];
    const at = order.map((id) => all.findIndex((layer) => layer.id === id));
    expect(at.every((index) => index >= 0), 'every label layer exists').toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // a mover on its way wins over every place; one at rest yields to the places (and to Lenin)
    const index = (id: string) => all.findIndex((layer) => layer.id === id);
    expect(index('movers-label-resting')).toBeGreaterThan(index('bridge-labels'));
    expect(index('movers-label-resting')).toBeLessThan(index('point-labels'));
    expect(index('movers-label')).toBeGreaterThan(index('lenin-label'));
    const points = symbols.find((layer) => layer.id === 'point-labels');
    expect(points?.layout?.['symbol-sort-key']).toBeDefined();
    expect((points?.layout?.['text-variable-anchor'] as string[]).length).toBeGreaterThanOrEqual(4);
    // the label-space layers draw nothing and keep labels off every marker
    for (const id of ['label-space-points', 'label-space-bridges']) {
      const layer = symbols.find((candidate) => candidate.id === id);
      expect(layer?.paint?.['icon-opacity'], id).toBe(0);
      expect(layer?.layout?.['icon-ignore-placement'], id).not.toBe(true);
    }
  });

  it('promotes the id property of stateful sources for feature state', () => {
    for (const id of STATEFUL_SOURCES) expect(built.sources[id]).toHaveProperty('promoteId', 'id');
  });

  it('has every layer a visitor can select', () => {
    const ids = all.map((layer) => layer.id);
    for (const id of SELECTABLE_LAYERS) expect(ids, id).toContain(id);
  });

  it('takes every colour from the theme', () => {
    const colours = new Set(JSON.stringify(theme).match(/#[0-9a-f]{3,8}\b/gi));
    const used = JSON.stringify(all.map((layer) => ('paint' in layer ? layer.paint : {}))).match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    for (const colour of used) expect(colours, colour).toContain(colour);
  });

  it('fades exactly the states the engine calls not firm (the chart and the text use the same rule)', () => {
    const deck = all.find((layer) => layer.id === 'bridges-deck');
    const opacity = deck?.type === 'line' ? deck.paint?.['line-opacity'] : undefined;
    const compiled = expression.createExpression(opacity, {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature', 'feature-state'] },
    } as never);
    if (compiled.result !== 'success') throw new Error('bridges-deck opacity does not compile');
    for (const certainty of Certainty.options) {
      for (const settling of [false, true]) {
        const value: unknown = compiled.value.evaluate({ zoom: 14 }, { type: 'LineString', properties: {} } as never, { certainty, settling });
        expect(value === 1, `${certainty}${settling ? ', settling' : ''}`).toBe(isFirm({ certainty, settling }));
      }
    }
  });
});
