/**
 * "Save this moment": one picture a teacher can hand out — the map as it is now, the clock in both
 * calendars, the legend, a caption (the story step or the current event) and its sources, in the
 * visitor's language. Drawn on a 2D canvas from the map's own pixels and our texts: nothing is
 * fetched, so the picture never needs another origin.
 */
import type { Control } from '../model/schemas.ts';
import type { Theme } from '../map/theme.ts';
import type { CitationText } from './bibliography.ts';

/** Width of the picture in pixels (a handout printed at about 240 dpi on A4). */
export const PICTURE_WIDTH = 2000;
const PAD = 64;
const FONT = "'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";
/** The tallest the map may be drawn; a tall phone map is shown whole inside this height. */
const MAX_MAP_HEIGHT = 1500;

export type LegendEntry =
  | { kind: 'control'; control: Control; label: string }
  | { kind: 'line'; look: 'lowered' | 'raised' | 'uncertain' | 'streetcar' | 'walk' | 'band'; label: string };

export interface MomentPicture {
  title: string;
  subtitle: string;
  /** The time in both calendars, e.g. "25 Oct (7 Nov) 1917, 04:00". */
  clock: string;
  clockNote: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  caption: { heading: string; detail?: string; text: string } | null;
  sourcesTitle: string;
  sources: readonly CitationText[];
  /** Shown in place of the map when it cannot be drawn. */
  noMap: string;
  footer: readonly string[];
  theme: Theme;
}

interface Run {
  text: string;
  font: string;
}

interface PlacedRun extends Run {
  x: number;
}

/** Breaks runs of text (each with its own font) into lines no wider than `width`. */
export function wrapRuns(context: CanvasRenderingContext2D, runs: readonly Run[], width: number): PlacedRun[][] {
  const lines: PlacedRun[][] = [];
  let line: PlacedRun[] = [];
  let x = 0;
  for (const run of runs) {
    context.font = run.font;
    for (const word of run.text.split(/(?<=\s)/)) {
      if (word === '') continue;
      const measured = context.measureText(word.trimEnd()).width;
      if (x > 0 && x + measured > width) {
        lines.push(line);
        line = [];
        x = 0;
      }
      const text = x === 0 ? word.trimStart() : word;
      if (text === '') continue;
      line.push({ text, font: run.font, x });
      x += context.measureText(text).width;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const font = (size: number, weight: 'normal' | 'bold' = 'normal', style: 'normal' | 'italic' = 'normal') =>
  `${style} ${weight} ${size}px ${FONT}`;

/** A source as runs: the title in italics, as a bibliography sets it. */
function sourceRuns(source: CitationText, size: number): Run[] {
  const regular = font(size);
  const runs: Run[] = [];
  if (source.author) runs.push({ text: `${source.author}. `, font: regular });
  runs.push({ text: source.title, font: font(size, 'normal', 'italic') });
  const rest = [source.published, source.locator, source.link ? `${source.link.site}: ${source.link.address}` : undefined]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('. ');
  if (rest) runs.push({ text: `. ${rest}`, font: regular });
  return runs;
}

function drawLegendMark(context: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, theme: Theme) {
  const size = 30;
  context.save();
  if (entry.kind === 'control') {
    const color = theme.control[entry.control];
    context.fillStyle = color;
    context.strokeStyle = color;
    context.lineWidth = 5;
    context.beginPath();
    if (entry.control === 'mrc') context.arc(x + size / 2, y, size / 2.2, 0, Math.PI * 2);
    else if (entry.control === 'government') context.rect(x + 2, y - size / 2 + 2, size - 4, size - 4);
    else if (entry.control === 'contested') {
      context.moveTo(x + size / 2, y - size / 2);
      context.lineTo(x + size, y);
      context.lineTo(x + size / 2, y + size / 2);
      context.lineTo(x, y);
      context.closePath();
    } else context.arc(x + size / 2, y, size / 2.6, 0, Math.PI * 2);
    if (entry.control === 'unknown') context.stroke();
    else context.fill();
  } else {
    const look = entry.look;
    const width = 56;
    context.lineWidth = look === 'band' ? 18 : 8;
    context.strokeStyle =
      look === 'streetcar' ? theme.route.streetcar : look === 'walk' ? theme.route.walk : look === 'band' ? 'rgba(106, 61, 154, 0.25)' : theme.ink;
    if (look === 'walk') context.setLineDash([4, 8]);
    if (look === 'uncertain') {
      context.globalAlpha = 0.6;
      context.lineWidth = 4;
      context.setLineDash([10, 7]);
      context.strokeStyle = theme.inkSoft;
    }
    context.beginPath();
    if (look === 'raised') {
      context.moveTo(x, y);
      context.lineTo(x + width * 0.35, y);
      context.moveTo(x + width * 0.65, y);
      context.lineTo(x + width, y);
    } else {
      context.moveTo(x, y);
      context.lineTo(x + width, y);
    }
    context.stroke();
  }
  context.restore();
}

/**
 * Draws the picture. `map` is the map's canvas at the moment of drawing (read it inside the map's
 * capture, see MapCapture in MapView.tsx), or null where the map cannot be drawn.
 */
export function composeMoment(map: HTMLCanvasElement | null, picture: MomentPicture): HTMLCanvasElement {
  const { theme } = picture;
  const canvas = document.createElement('canvas');
  canvas.width = PICTURE_WIDTH;
  canvas.height = 100;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the picture on');
  const inner = PICTURE_WIDTH - 2 * PAD;

  // Measure first: the picture is as tall as its texts need.
  const headerHeight = 200;
  const mapAspect = map && map.width > 0 ? map.height / map.width : 0.6;
  const mapHeight = Math.min(MAX_MAP_HEIGHT, Math.round(inner * mapAspect));
  const mapTop = PAD + headerHeight;
  const belowTop = mapTop + mapHeight + 48;
  const legendWidth = 640;
  const textLeft = PAD + legendWidth + 56;
  const textWidth = PICTURE_WIDTH - PAD - textLeft;
  const captionHeadLines = picture.caption ? wrapRuns(context, [{ text: picture.caption.heading, font: font(38, 'bold') }], textWidth) : [];
  const captionLines = picture.caption ? wrapRuns(context, [{ text: picture.caption.text, font: font(29) }], textWidth) : [];
  const sourceLines = picture.sources.map((source) => wrapRuns(context, sourceRuns(source, 23), textWidth - 24));
  const captionBlock =
    (picture.caption ? captionHeadLines.length * 48 + (picture.caption.detail ? 40 : 0) + captionLines.length * 41 + 28 : 0) +
    (picture.sources.length > 0 ? 44 + sourceLines.reduce((sum, lines) => sum + lines.length * 31 + 10, 0) : 0);
  const legendBlock = 52 + picture.legend.length * 50;
  const footerLines = picture.footer.flatMap((line) => wrapRuns(context, [{ text: line, font: font(21) }], inner));
  const footerTop = belowTop + Math.max(captionBlock, legendBlock) + 40;
  canvas.height = footerTop + 24 + footerLines.length * 30 + PAD;

  // paper
  context.fillStyle = theme.land;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = theme.ink;

  // header: title on the left, the clock in both calendars on the right
  context.font = font(60, 'bold');
  context.fillText(picture.title, PAD, PAD + 62);
  context.font = font(28);
  context.fillStyle = theme.inkSoft;
  context.fillText(picture.subtitle, PAD, PAD + 112);
  context.textAlign = 'right';
  context.fillStyle = theme.ink;
  context.font = font(54, 'bold');
  context.fillText(picture.clock, PICTURE_WIDTH - PAD, PAD + 62);
  context.font = font(24);
  context.fillStyle = theme.inkSoft;
  context.fillText(picture.clockNote, PICTURE_WIDTH - PAD, PAD + 110);
  context.textAlign = 'left';
  context.fillStyle = theme.ink;
  context.fillRect(PAD, PAD + 150, inner, 4);

  // the map, whole, inside its frame (a tall phone map stands in the middle of the paper)
  if (map && map.width > 0) {
    const scale = Math.min(inner / map.width, mapHeight / map.height);
    const width = map.width * scale;
    const height = map.height * scale;
    const left = PAD + (inner - width) / 2;
    const top = mapTop + (mapHeight - height) / 2;
    context.imageSmoothingQuality = 'high';
    context.drawImage(map, left, top, width, height);
    context.strokeStyle = theme.ink;
    context.lineWidth = 4;
    context.strokeRect(left, top, width, height);
  } else {
    context.fillStyle = theme.inkSoft;
    context.font = font(34);
    context.textAlign = 'center';
    context.fillText(picture.noMap, PICTURE_WIDTH / 2, mapTop + mapHeight / 2);
    context.textAlign = 'left';
    context.strokeStyle = theme.ink;
    context.lineWidth = 4;
    context.strokeRect(PAD, mapTop, inner, mapHeight);
  }

  // legend
  context.fillStyle = theme.ink;
  context.font = font(32, 'bold');
  context.fillText(picture.legendTitle, PAD, belowTop + 32);
  picture.legend.forEach((entry, index) => {
    const y = belowTop + 52 + index * 50 + 25;
    drawLegendMark(context, entry, PAD, y, theme);
    context.fillStyle = theme.ink;
    context.font = font(25);
    context.fillText(entry.label, PAD + 76, y + 9, legendWidth - 76);
  });

  // caption and sources
  let y = belowTop;
  if (picture.caption) {
    for (const line of captionHeadLines) {
      y += 48;
      drawLine(context, line, textLeft, y - 10, theme.ink);
    }
    if (picture.caption.detail) {
      y += 40;
      context.font = font(25);
      context.fillStyle = theme.inkSoft;
      context.fillText(picture.caption.detail, textLeft, y - 8);
    }
    for (const line of captionLines) {
      y += 41;
      drawLine(context, line, textLeft, y - 8, theme.ink);
    }
    y += 28;
  }
  if (picture.sources.length > 0) {
    y += 44;
    context.font = font(27, 'bold');
    context.fillStyle = theme.ink;
    context.fillText(picture.sourcesTitle, textLeft, y - 10);
    for (const lines of sourceLines) {
      lines.forEach((line, index) => {
        y += 31;
        if (index === 0) {
          context.fillStyle = theme.inkSoft;
          context.fillRect(textLeft + 4, y - 17, 8, 8);
        }
        drawLine(context, line, textLeft + 24, y - 6, theme.inkSoft);
      });
      y += 10;
    }
  }

  // footer: how the picture was made
  context.fillStyle = theme.inkSoft;
  context.fillRect(PAD, footerTop, inner, 2);
  footerLines.forEach((line, index) => drawLine(context, line, PAD, footerTop + 30 + index * 30, theme.inkSoft));
  return canvas;
}

function drawLine(context: CanvasRenderingContext2D, line: readonly PlacedRun[], x: number, y: number, color: string) {
  context.fillStyle = color;
  for (const run of line) {
    context.font = run.font;
    context.fillText(run.text, x + run.x, y);
  }
}
