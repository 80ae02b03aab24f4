/**
 * The map's images, drawn on a canvas when the map loads (no sprite file to fetch): one marker shape
 * per controller, so the map never relies on colour alone, a hatch pattern for contested ground, and
 * the movers' shapes (./moverIcons.ts). MRC: round; government: square; contested: hatched diamond;
 * unknown: hollow ring with "?".
 */
import type { Control } from '../model/schemas.ts';
import { drawImage, type ImageContext, type MapImage } from './canvasImage.ts';
import { MOVER_MARKERS, moverImageName, moverImages } from './moverIcons.ts';
import type { Theme } from './theme.ts';

const PIXEL_RATIO = 2;
const SIZE = 26 * PIXEL_RATIO;

function hatch(context: ImageContext, size: number, color: string) {
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
  return drawImage(SIZE, (context) => drawMarker(context, control, theme));
}

function drawMarker(context: ImageContext, control: Control, theme: Theme) {
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
    return;
  }
  context.fill();
  if (control === 'contested') {
    context.save();
    context.clip();
    hatch(context, SIZE, theme.ink);
    context.restore();
  }
  context.stroke();
}

function hatchPattern(theme: Theme): ImageData {
  const size = 16;
  return drawImage(size, (context) => hatch(context, size, theme.control.contested));
}

const CONTROLS: readonly Control[] = ['mrc', 'government', 'contested', 'unknown'];
const markerImageName = (control: Control) => `marker-${control}`;
const HATCH = 'hatch';

/** The name of every image the map is given; the style names no other (style.test.ts checks it). */
export const MAP_IMAGE_NAMES: readonly string[] = [...CONTROLS.map(markerImageName), HATCH, ...MOVER_MARKERS.map(moverImageName)];

/** Every image of MAP_IMAGE_NAMES, drawn in the theme's colours: the places' markers, the hatch, the movers' shapes. */
export function mapImages(theme: Theme): MapImage[] {
  return [
    ...CONTROLS.map((control) => ({ name: markerImageName(control), image: marker(control, theme), pixelRatio: PIXEL_RATIO })),
    { name: HATCH, image: hatchPattern(theme), pixelRatio: 1 },
    ...moverImages(theme),
  ];
}
