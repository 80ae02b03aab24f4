/** Every data file the app reads, relative to geo/. The order is the order problems are reported in. */
export const GEO_FILES = {
  land: 'basemap/land.geojson',
  water: 'basemap/water.geojson',
  parks: 'basemap/parks.geojson',
  blocks: 'basemap/blocks.geojson',
  streets: 'basemap/streets.geojson',
  railways: 'basemap/railways.geojson',
  bridges: 'bridges.geojson',
  strongholds: 'strongholds.geojson',
  points: 'points.geojson',
  buildings: 'buildings.geojson',
  route: 'lenin-route.geojson',
  movers: 'movers.geojson',
  timeline: 'timeline.json',
  stories: 'stories.json',
  sources: 'sources.json',
} as const;

export type GeoFileKey = keyof typeof GEO_FILES;
export type GeoFileTexts = Record<GeoFileKey, string>;

export const GEO_FILE_KEYS = Object.keys(GEO_FILES) as GeoFileKey[];
