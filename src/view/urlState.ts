/**
 * The view as URL query parameters, so a link reopens the same view:
 *   t=1917-11-07T04:00  lang=ru  feature=bridge-liteiny  story=lenin-walk  step=3  at=30.3450,59.9450,13.20
 * Parsed with zod; a bad value falls back to its default without an error, and nothing from the URL
 * ever reaches the page as HTML.
 */
import { z } from '../model/zod.ts';
import { insideExtent, type Camera } from '../model/extent.ts';
import { FeatureId, LocalTime } from '../model/schemas.ts';
import { LANGS, type Lang } from '../time/format.ts';
import type { LocalMinutes } from '../time/localTime.ts';

export interface UrlState {
  t?: LocalMinutes;
  lang?: Lang;
  feature?: string;
  story?: string;
  step?: number;
  camera?: Camera;
}

const CameraText = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/)
  .transform((text): Camera => {
    const [lon, lat, zoom] = text.split(',').map(Number) as [number, number, number];
    return { center: [lon, lat], zoom };
  })
  .refine((camera) => insideExtent(camera.center) && camera.zoom >= 9 && camera.zoom <= 19);

/** Each parameter parsed on its own: one bad value does not spoil the others. */
const UrlParams = z.object({
  t: LocalTime.optional().catch(undefined),
  lang: z.enum(LANGS).optional().catch(undefined),
  feature: FeatureId.optional().catch(undefined),
  story: FeatureId.optional().catch(undefined),
  step: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  at: CameraText.optional().catch(undefined),
});

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const raw = Object.fromEntries(
    ['t', 'lang', 'feature', 'story', 'step', 'at'].flatMap((key) => {
      const value = params.get(key);
      return value === null ? [] : [[key, value]];
    }),
  );
  const parsed = UrlParams.parse(raw);
  const state: UrlState = {};
  if (parsed.t !== undefined) state.t = parsed.t;
  if (parsed.lang !== undefined) state.lang = parsed.lang;
  if (parsed.feature !== undefined) state.feature = parsed.feature;
  if (parsed.story !== undefined) {
    state.story = parsed.story;
    state.step = parsed.step ?? 1;
  }
  if (parsed.at !== undefined) state.camera = parsed.at;
  return state;
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.t !== undefined) params.set('t', LocalTime.encode(state.t));
  if (state.lang !== undefined) params.set('lang', state.lang);
  if (state.feature !== undefined) params.set('feature', state.feature);
  if (state.story !== undefined) {
    params.set('story', state.story);
    params.set('step', String(state.step ?? 1));
  }
  if (state.camera !== undefined) {
    const [lon, lat] = state.camera.center;
    params.set('at', `${lon.toFixed(4)},${lat.toFixed(4)},${state.camera.zoom.toFixed(2)}`);
  }
  // URLSearchParams escapes ":" and ","; they are legal in a query and easier to read plain.
  return params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
}
