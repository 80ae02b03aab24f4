import { booleanPointInPolygon, length, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { fixtureData } from '../data/fixture.ts';
import { bridgeParts, statefulSourcesById, strongholdLabel, toMapData } from './mapData.ts';

const data = fixtureData();

describe('map data', () => {
  it('cuts a bridge with a known drawspan into deck, span, deck of the right lengths', () => {
    const bridge = data.bridges[0]!;
    const parts = bridgeParts(bridge);
    expect(parts.map((part): unknown => part.properties?.part)).toEqual(['deck', 'span', 'deck']);
    const lengths = parts.map((part) => length(part, { units: 'meters' }));
    const total = lengths.reduce((sum, value) => sum + value, 0);
    expect(lengths[1]! / total).toBeCloseTo(0.2, 2);
    expect(parts.every((part) => part.properties?.id === 'bridge-liteiny')).toBe(true);
  });

  it('names each stronghold once, at a point inside its footprint', () => {
    const map = toMapData(data);
    expect(data.strongholds.length).toBeGreaterThan(0);
    expect(map['stronghold-labels'].features.map((f): unknown => f.properties?.id)).toEqual(
      data.strongholds.map((s) => s.properties.id),
    );
    for (const [i, stronghold] of data.strongholds.entries()) {
      const label = map['stronghold-labels'].features[i]!;
      expect(label.geometry.type).toBe('Point');
      expect(booleanPointInPolygon(label.geometry as never, stronghold)).toBe(true);
      expect(label.properties?.name_ru).toBe(stronghold.properties.name.ru);
    }
  });

  it('puts the name of a U-shaped stronghold on the building, not in the yard it wraps', () => {
    const stronghold = data.strongholds[0]!;
    // a U whose centroid falls in the open yard between its arms
    const ring: [number, number][] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    const u = polygon([ring]);
    const label = strongholdLabel({ ...stronghold, geometry: { type: 'Polygon', coordinates: [ring] } });
    expect(booleanPointInPolygon(label.geometry, u)).toBe(true);
  });

  it('keeps a bridge without a known drawspan whole', () => {
    const bridge = { ...data.bridges[0]!, properties: { ...data.bridges[0]!.properties, drawspan: null } };
    expect(bridgeParts(bridge).map((part): unknown => part.properties?.part)).toEqual(['deck']);
  });

  it('gives a footprint the id of the place it houses, so one feature state fills marker and building', () => {
    const map = toMapData(data);
    const footprint = map.buildings.features[0];
    expect(footprint?.properties).toMatchObject({ id: 'finland-station', building: 'building-finland-station', housed: true });
    expect(statefulSourcesById(map).get('finland-station')).toEqual(['points', 'buildings']);
    expect(statefulSourcesById(map).get('smolny')).toEqual(['strongholds']);
  });

  it('keeps its own id for a footprint that houses no place', () => {
    const lone = { ...data.buildings[0]!, properties: { ...data.buildings[0]!.properties, feature: null } };
    const map = toMapData({ ...data, buildings: [lone] });
    expect(map.buildings.features[0]?.properties).toMatchObject({ id: 'building-finland-station', housed: false });
  });

  it('flattens names for the style', () => {
    const map = toMapData(data);
    expect(map.points.features[0]?.properties).toMatchObject({ name_en: 'Finland Station', name_ru: 'Финляндский вокзал' });
  });
});
