import type { Page } from '@playwright/test';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

/** Reads the map's own state in the page: feature state and Lenin's marker. */
export async function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([source, id]) => {
      const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
      return map.getFeatureState({ source, id }) as Record<string, unknown>;
    },
    [source, id] as const,
  );
}

export async function leninOnMap(page: Page): Promise<{ lon: number; lat: number; status: string } | null> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
    const data = (await map.getSource<GeoJSONSource>('lenin')?.getData()) as GeoJSON.FeatureCollection | undefined;
    const marker = data?.features.find((feature) => feature.properties?.part === 'position');
    if (!marker || marker.geometry.type !== 'Point') return null;
    const [lon, lat] = marker.geometry.coordinates as [number, number];
    return { lon, lat, status: String(marker.properties?.status) };
  });
}

export async function mapCenter(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
    const center = map.getCenter();
    return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
  });
}

/** Metres between two points (equirectangular; fine over a city). */
export function metres(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const k = Math.PI / 180;
  const x = (b.lon - a.lon) * k * Math.cos(((a.lat + b.lat) / 2) * k);
  const y = (b.lat - a.lat) * k;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}
