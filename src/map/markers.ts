/**
 * The map's images, drawn on a canvas when the map loads (no sprite file to fetch): one marker shape
 * per controller, so the map never relies on colour alone, and a hatch pattern for contested ground.
 * MRC: round; government: square; contested: hatched diamond; unknown: hollow ring with "?".
 */
import type { Control } from '../model/schemas.ts';
import type { Theme } from './theme.ts';

const PIXEL_RATIO = 2;
const SIZE = 26 * PIXEL_RATIO;

export interface MapImage {
  name: string;
  image: ImageData;
  pixelRatio: number;
}

function canvas(size: number): [OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, () => ImageData] {
  const element = document.createElement('canvas');
  element.width = size;
  element.height = size;
  const context = element.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the map markers');
  return [context, () => context.getImageData(0, 0, size, size)];
}

function hatch(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, size: number, color: string) {
  context.strokeStyle = color;
  context.lineWidth = size / 10;
  for (let offset = -size; offset < size * 2; offset += size / 4) {
    context.beginPath();
    context.moveTo(offset, 0);
    context.lineTo(offset + size, size);
    context.stroke();
  }
}

function marker(control: Control, theme: Theme): ImageData {
  const [context, read] = canvas(SIZE);
  const c = SIZE / 2;
  const r = SIZE * 0.36;
  const fill = theme.control[control];
  context.lineWidth = SIZE * 0.09;
  context.strokeStyle = theme.halo;
  context.fillStyle = fill;
  context.beginPath();
  if (control === 'mrc') {
    context.arc(c, c, r, 0, Math.PI * 2);
  } else if (control === 'government') {
    context.rect(c - r * 0.9, c - r * 0.9, r * 1.8, r * 1.8);
  } else if (control === 'contested') {
    context.moveTo(c, c - r * 1.2);
    context.lineTo(c + r * 1.2, c);
    context.lineTo(c, c + r * 1.2);
    context.lineTo(c - r * 1.2, c);
    context.closePath();
  } else {
    context.arc(c, c, r, 0, Math.PI * 2);
  }
  if (control === 'unknown') {
    context.fillStyle = theme.halo;
    context.fill();
    context.lineWidth = SIZE * 0.1;
    context.strokeStyle = fill;
    context.stroke();
    context.fillStyle = fill;
    context.font = `bold ${Math.round(SIZE * 0.42)}px sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText('?', c, c + SIZE * 0.02);
    return read();
  }
  context.fill();
  if (control === 'contested') {
    context.save();
    context.clip();
    hatch(context, SIZE, theme.ink);
    context.restore();
  }
  context.stroke();
  return read();
}

function hatchPattern(theme: Theme): ImageData {
  const size = 16;
  const [context, read] = canvas(size);
  hatch(context, size, theme.control.contested);
  return read();
}

export function mapImages(theme: Theme): MapImage[] {
  const controls: Control[] = ['mrc', 'government', 'contested', 'unknown'];
  return [
    ...controls.map((control) => ({ name: `marker-${control}`, image: marker(control, theme), pixelRatio: PIXEL_RATIO })),
    { name: 'hatch', image: hatchPattern(theme), pixelRatio: 1 },
  ];
}
