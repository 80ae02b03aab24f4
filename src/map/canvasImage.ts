/**
 * A small canvas to draw one of the map's images on, and the pixels read back from it. The context
 * asks to be read back (`willReadFrequently`), so the browser keeps it in memory: a GPU-backed 2D
 * canvas makes every read a round trip to the GPU process, which on a software renderer waited
 * behind the map's own start-up (about 0.3–0.4 s of the load for five images on the benchmark machine).
 */
export interface MapImage {
  name: string;
  image: ImageData;
  pixelRatio: number;
}

export type ImageContext = CanvasRenderingContext2D;

/** Draws on a fresh `size`×`size` canvas and returns its pixels. */
export function drawImage(size: number, draw: (context: ImageContext) => void): ImageData {
  const element = document.createElement('canvas');
  element.width = size;
  element.height = size;
  const context = element.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas for the map images');
  draw(context);
  return context.getImageData(0, 0, size, size);
}
