/**
 * The map's look as data. A theme is plain values; the style is built from it by a pure function.
 * "Paper and ink": a printed 1910s city plan — cream paper, sepia ink, a grey-green river — with
 * controller colours from the Okabe–Ito palette, which stays distinct for the common forms of colour
 * blindness (and every controller also differs in shape or pattern, never by colour alone).
 */
import type { Control } from '../model/schemas.ts';

export interface Theme {
  name: string;
  water: string;
  land: string;
  landEdge: string;
  park: string;
  parkInk: string;
  streetMajor: string;
  streetCasing: string;
  railway: string;
  /** City blocks: built-up ground between the streets, a shade darker than the paper, with a fine edge. */
  block: string;
  blockEdge: string;
  /** Footprints of buildings drawn for the plan (a building housing a place takes its controller's colour). */
  building: string;
  buildingEdge: string;
  ink: string;
  inkSoft: string;
  waterInk: string;
  halo: string;
  control: Record<Control, string>;
  route: { streetcar: string; walk: string; trail: string; lenin: string };
  fonts: { regular: string[]; bold: string[]; italic: string[] };
}

export const PAPER: Theme = {
  name: 'paper',
  water: '#a9c0c2',
  land: '#f1e8d4',
  landEdge: '#7d8f8e',
  park: '#d5dbb4',
  parkInk: '#3f5a2a',
  streetMajor: '#d8bf92',
  streetCasing: '#a08a68',
  railway: '#4d4036',
  block: '#e4d3b1',
  blockEdge: '#b39a72',
  building: '#dfcfb2',
  buildingEdge: '#6f5a43',
  ink: '#2b2118',
  inkSoft: '#5a4a3a',
  waterInk: '#1f4a52',
  halo: '#f7f1e3',
  control: {
    mrc: '#c0392b',
    government: '#0060a0',
    contested: '#b07000',
    unknown: '#6b6b6b',
  },
  route: { streetcar: '#6a3d9a', walk: '#6a3d9a', trail: '#6a3d9a', lenin: '#111111' },
  fonts: {
    regular: ['Noto Sans Regular'],
    bold: ['Noto Sans Bold'],
    italic: ['Noto Sans Italic'],
  },
};

export const THEMES = { paper: PAPER } as const;
