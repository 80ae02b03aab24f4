/**
 * The camera the kiosk opens on (and returns to at each reset): HOME_VIEW, moved and zoomed out no
 * more than it must so that the map shows every movement from west to east with room for their
 * labels. Nobody pans a kiosk left alone, and MapLibre does not keep a label inside the canvas: a
 * mover at the edge (the Kronstadt ships by the Nikolaevsky Bridge on a portrait screen) would have
 * its label cut off. Pure web-mercator arithmetic; the width comes from the layout.
 */
import type { Camera } from '../model/extent.ts';

/** Room left at each side: for half a marker in the west, for a marker and its label in the east (mover labels run to the marker's right). */
export const LABEL_ROOM_PX = { west: 32, east: 110 } as const;
/** Below this zoom the places lose their labels (style.ts point-labels): a city without names is worse than a mover at the edge. */
export const HOME_MIN_ZOOM = 12;

/** MapLibre's world is 512 px wide at zoom 0. */
const pxPerDegree = (zoom: number) => (512 * 2 ** zoom) / 360;

export interface Span {
  west: number;
  east: number;
}

/** West and east of everything the movers pass through. */
export function spanOf(paths: readonly (readonly (readonly [number, number])[])[]): Span | null {
  let west = Infinity;
  let east = -Infinity;
  for (const path of paths) {
    for (const [lon] of path) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
  }
  return west <= east ? { west, east } : null;
}

/**
 * `base` if a map `widthPx` wide already shows `span` with `room` to spare at each side; else the
 * same camera slid west or east just far enough; else zoomed out until the span fits (never below
 * `minZoom`, never in past `base`) and placed so. The latitude stays `base`'s.
 */
export function containSpan(
  base: Readonly<Camera>,
  span: Span,
  widthPx: number,
  room: { west: number; east: number } = LABEL_ROOM_PX,
  minZoom = HOME_MIN_ZOOM,
): Camera {
  const usable = Math.max(1, widthPx - room.west - room.east);
  const fitZoom = Math.log2((usable * 360) / (512 * Math.max(span.east - span.west, 1e-9)));
  const zoom = Math.min(base.zoom, Math.max(minZoom, fitZoom));
  const perDegree = pxPerDegree(zoom);
  const half = widthPx / 2 / perDegree;
  // the centre may lie anywhere that keeps both ends inside; at the fitted zoom that is one place
  const lowest = span.east + room.east / perDegree - half;
  const highest = span.west - room.west / perDegree + half;
  const lon = lowest >= highest ? (lowest + highest) / 2 : Math.min(highest, Math.max(lowest, base.center[0]));
  return { center: [lon, base.center[1]], zoom };
}
