/**
 * The movers' marker images, drawn on a canvas when the map loads (no sprite file, no request): a
 * ship seen from the side, a motor car, a column of three heads, a person. Ink on a light halo, so a
 * marker reads by its shape on the river and on the streets alike, never by colour alone.
 */
import type { MoverMarker } from '../model/movers.ts';
import { drawImage, type ImageContext, type MapImage } from './canvasImage.ts';
import type { Theme } from './theme.ts';

const PIXEL_RATIO = 2;
const SIZE = 30 * PIXEL_RATIO;

export const MOVER_MARKERS: readonly MoverMarker[] = ['ship', 'car', 'column', 'person'];

/** The image name of a marker shape, as the style's icon-image reads it. */
export const moverImageName = (marker: MoverMarker) => `mover-${marker}`;

type Context = ImageContext;

/** Draws the outline with a wide halo first, then the shape in ink over it. */
function inked(context: Context, theme: Theme, path: (context: Context) => void) {
  context.lineJoin = 'round';
  context.lineCap = 'round';
  context.beginPath();
  path(context);
  context.lineWidth = SIZE * 0.12;
  context.strokeStyle = theme.halo;
  context.stroke();
  context.fillStyle = theme.ink;
  context.fill();
}

const shapes: Record<MoverMarker, (context: Context, s: number) => void> = {
  ship: (c, s) => {
    // hull, then a deckhouse with a funnel
    c.moveTo(s * 0.08, s * 0.55);
    c.lineTo(s * 0.92, s * 0.55);
    c.lineTo(s * 0.78, s * 0.76);
    c.lineTo(s * 0.2, s * 0.76);
    c.closePath();
    c.rect(s * 0.34, s * 0.38, s * 0.3, s * 0.17);
    c.rect(s * 0.44, s * 0.2, s * 0.1, s * 0.18);
  },
  car: (c, s) => {
    c.moveTo(s * 0.1, s * 0.66);
    c.lineTo(s * 0.1, s * 0.5);
    c.lineTo(s * 0.3, s * 0.5);
    c.lineTo(s * 0.4, s * 0.32);
    c.lineTo(s * 0.72, s * 0.32);
    c.lineTo(s * 0.8, s * 0.5);
    c.lineTo(s * 0.9, s * 0.5);
    c.lineTo(s * 0.9, s * 0.66);
    c.closePath();
    c.moveTo(s * 0.37, s * 0.7);
    c.arc(s * 0.29, s * 0.7, s * 0.08, 0, Math.PI * 2);
    c.moveTo(s * 0.79, s * 0.7);
    c.arc(s * 0.71, s * 0.7, s * 0.08, 0, Math.PI * 2);
  },
  column: (c, s) => {
    for (const x of [0.22, 0.5, 0.78]) {
      c.moveTo(s * (x + 0.09), s * 0.36);
      c.arc(s * x, s * 0.36, s * 0.09, 0, Math.PI * 2);
      c.rect(s * (x - 0.09), s * 0.5, s * 0.18, s * 0.26);
    }
  },
  person: (c, s) => {
    c.moveTo(s * 0.62, s * 0.24);
    c.arc(s * 0.5, s * 0.24, s * 0.12, 0, Math.PI * 2);
    c.moveTo(s * 0.3, s * 0.86);
    c.lineTo(s * 0.34, s * 0.44);
    c.lineTo(s * 0.66, s * 0.44);
    c.lineTo(s * 0.7, s * 0.86);
    c.closePath();
  },
};

function draw(marker: MoverMarker, theme: Theme): ImageData {
  return drawImage(SIZE, (context) => inked(context, theme, (c) => shapes[marker](c, SIZE)));
}

export function moverImages(theme: Theme): MapImage[] {
  return MOVER_MARKERS.map((marker) => ({ name: moverImageName(marker), image: draw(marker, theme), pixelRatio: PIXEL_RATIO }));
}
