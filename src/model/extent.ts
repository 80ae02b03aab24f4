/**
 * The part of the world this map covers: Lanskaya in the north to beyond the Obvodny Canal in the
 * south, the Gulf shore of Vasilievsky Island in the west to Okhta in the east. Every coordinate in
 * geo/ must fall inside it, and the camera may not leave it.
 */
export const MAP_EXTENT = { west: 30.2, south: 59.88, east: 30.47, north: 60.02 } as const;

export type LonLat = readonly [lon: number, lat: number];

export function insideExtent([lon, lat]: LonLat): boolean {
  return lon >= MAP_EXTENT.west && lon <= MAP_EXTENT.east && lat >= MAP_EXTENT.south && lat <= MAP_EXTENT.north;
}

/** Where the map looks: its centre and zoom. */
export interface Camera {
  center: [lon: number, lat: number];
  zoom: number;
}

/** The view the app opens on: the centre of the story, from Smolny to the Winter Palace. */
export const HOME_VIEW: Readonly<Camera> = { center: [30.345, 59.945], zoom: 12.6 };
