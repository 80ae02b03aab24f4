/**
 * The movers on the map: follow the Aurora from the wall of the Franco-Russian Works up the Bolshaya
 * Neva to her anchorage by the Nikolaevsky Bridge, an hour at a time with the keyboard.
 */
import type { Page } from '@playwright/test';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { expect, test, waitForMapIdle } from './fixtures.ts';
import { metres } from './helpers.ts';

interface Geo {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

interface Seen {
  lon: number;
  lat: number;
  status: string;
  mode: string;
  name_ru: string;
  trail: number;
  band: boolean;
  beam: boolean;
}

/** The marker shapes the map has drawn for the Aurora in the view now (none if its image is missing). */
async function auroraDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
    return map
      .queryRenderedFeatures({ layers: ['movers-position'] })
      .filter((feature) => feature.properties.mover === 'aurora-cruise')
      .map((feature) => String(feature.properties.marker));
  });
}

/** The Aurora's marker, trail, band and searchlight as the map's movers source holds them now. */
async function auroraOnMap(page: Page): Promise<Seen | null> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
    const data = (await map.getSource<GeoJSONSource>('movers')?.getData()) as GeoJSON.FeatureCollection | undefined;
    const own = data?.features.filter((feature) => feature.properties?.mover === 'aurora-cruise') ?? [];
    const marker = own.find((feature) => feature.properties?.part === 'position');
    if (!marker || marker.geometry.type !== 'Point') return null;
    const [lon, lat] = marker.geometry.coordinates as [number, number];
    return {
      lon,
      lat,
      status: String(marker.properties?.status),
      mode: String(marker.properties?.mode),
      name_ru: String(marker.properties?.name_ru),
      trail: own.filter((feature) => feature.properties?.part === 'trail').length,
      band: own.some((feature) => feature.properties?.part === 'band'),
      beam: own.some((feature) => feature.properties?.part === 'beam'),
    };
  });
}

test('follows the Aurora from the Franco-Russian Works to the Nikolaevsky Bridge', async ({ page, request, guard }) => {
  const movers = (await (await request.get('geo/movers.geojson')).json()) as Geo;
  const stop = (id: string) => {
    const [lon, lat] = movers.features.find((f) => f.properties.id === id)!.geometry.coordinates as [number, number];
    return { lon, lat };
  };
  const wharf = stop('aurora-stop-wharf');
  const anchorage = stop('aurora-stop-anchorage');
  const bridges = (await (await request.get('geo/bridges.geojson')).json()) as Geo;
  const line = bridges.features.find((f) => f.properties.id === 'bridge-nikolaevsky')!.geometry.coordinates as [number, number][];
  const bridge = { lon: (line[0]![0] + line.at(-1)![0]) / 2, lat: (line[0]![1] + line.at(-1)![1]) / 2 };

  await page.goto('./?lang=en&t=1917-11-06T23:30&at=30.283,59.931,14.5');
  await waitForMapIdle(page);
  const start = await auroraOnMap(page);
  expect(start).toMatchObject({ status: 'waiting', trail: 0, beam: false, name_ru: 'Крейсер «Аврора»' });
  expect(metres(start!, wharf)).toBeLessThan(5);
  // drawn, as a ship: the source holding her is not enough if the map lacks the marker's image
  expect(await auroraDrawn(page)).toEqual(['ship']);

  // an hour at a time; she casts off within 00:00–03:00 (the middle of the window is 01:30) and
  // anchors at 03:30, when her searchlights go on
  const steps = [
    { clock: '00:30', status: 'waiting', beam: false },
    { clock: '01:30', status: 'waiting', beam: false },
    { clock: '02:30', status: 'moving', beam: false },
    { clock: '03:30', status: 'arrived', beam: true },
    { clock: '04:30', status: 'arrived', beam: false },
  ];
  const seen: Seen[] = [start!];
  await page.getByRole('slider').focus();
  for (const step of steps) {
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('clock')).toContainText(step.clock);
    await expect.poll(async () => {
      const now = await auroraOnMap(page);
      return now && { status: now.status, beam: now.beam };
    }).toEqual({ status: step.status, beam: step.beam });
    seen.push((await auroraOnMap(page))!);
  }
  // she only ever comes nearer the bridge, on the water, towed first and under way after
  const distances = seen.map((s) => metres(s, bridge));
  for (let i = 1; i < distances.length; i += 1) expect(distances[i]!).toBeLessThanOrEqual(distances[i - 1]! + 1);
  expect(seen.some((s) => s.status === 'moving' && s.band)).toBe(true);
  expect(seen.some((s) => s.mode === 'tow')).toBe(true);
  const end = seen.at(-1)!;
  expect(end).toMatchObject({ status: 'arrived', band: false, trail: 2 });
  expect(metres(end, anchorage)).toBeLessThan(5);
  expect(metres(end, bridge)).toBeLessThan(300);
  await waitForMapIdle(page);
  expect(await auroraDrawn(page)).toEqual(['ship']);
  expect(guard.consoleErrors).toEqual([]);
});
