/**
 * A schema that accepts the common, valid case with one plain function and leaves everything else to
 * the full schema, so that its problems keep their wording and their paths. Zod checks each element
 * of an array with a schema of its own; without its JIT (the Content-Security-Policy forbids eval)
 * that made the city's 8 000 coordinate pairs the slowest part of the parse in a browser.
 *
 * `accepts` must say yes only to values `schema` accepts unchanged (no transform): it is a shortcut,
 * never a second opinion. quickly.test.ts holds both to the same answers.
 */
import { z } from './zod.ts';

export function quickly<T>(schema: z.ZodType<T>, accepts: (value: unknown) => value is T): z.ZodType<T> {
  return z.custom<T>().superRefine((value, context) => {
    if (accepts(value)) return;
    const result = schema.safeParse(value, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) context.addIssue({ ...issue });
  });
}

/** A GeoJSON position as our schemas take it: exactly [lon, lat], both finite numbers. */
export type Position = [number, number];

export const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

/** At least `min` positions. */
export const isPositionList =
  (min: number) =>
  (value: unknown): value is Position[] =>
    Array.isArray(value) && value.length >= min && value.every(isPosition);

const isFourOrMorePositions = isPositionList(4);

/** A closed ring: at least four positions, the last the same as the first. */
export const isRing = (value: unknown): value is Position[] => {
  if (!isFourOrMorePositions(value)) return false;
  const first = value[0]!;
  const last = value[value.length - 1]!;
  return first[0] === last[0] && first[1] === last[1];
};

/** An array of at least `min` items that each pass `item`. */
export const isListOf =
  <T>(item: (value: unknown) => value is T, min: number) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.length >= min && value.every(item);
