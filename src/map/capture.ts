/**
 * Reads the map as it is on screen into a 2D drawing, for "save this moment" and printing. The map's
 * WebGL buffer is cleared after each frame (no preserveDrawingBuffer, which would slow every frame),
 * so it is read straight after a synchronous redraw, in the same task, before the browser clears it.
 * For a sharp picture the map is redrawn once at a higher pixel ratio, then set back.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Browsers refuse WebGL drawing buffers beyond this on many GPUs; stay under it. */
const MAX_CANVAS_PX = 4096;

export function captureMap(map: MapLibreMap, draw: (canvas: HTMLCanvasElement) => void, widthPx?: number): boolean {
  const canvas = map.getCanvas();
  const before = map.getPixelRatio();
  const cssWidth = canvas.clientWidth || canvas.width / before;
  const cssHeight = canvas.clientHeight || canvas.height / before;
  const wanted = widthPx ? widthPx / cssWidth : before;
  const ratio = Math.min(Math.max(before, wanted), 4, MAX_CANVAS_PX / cssWidth, MAX_CANVAS_PX / cssHeight);
  const sharper = ratio > before + 0.01;
  try {
    if (sharper) map.setPixelRatio(ratio);
    map.redraw();
    draw(canvas);
    return true;
  } finally {
    if (sharper) {
      map.setPixelRatio(before);
      map.redraw();
    }
  }
}
