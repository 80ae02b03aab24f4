import { describe, expect, it } from 'vitest';
import { isListOf, isPositionList, isRing, quickly } from './quickly.ts';
import { LinePositions, Ring } from './schemas.ts';
import { z } from './zod.ts';

const Line = LinePositions;
const Polygon = z.array(Ring).min(1);

const square = [
  [30.3, 59.9],
  [30.4, 59.9],
  [30.4, 60],
  [30.3, 59.9],
];
const inputs: Record<string, unknown> = {
  'a line': [
    [30.3, 59.9],
    [30.4, 59.95],
  ],
  'one position': [[30.3, 59.9]],
  'no positions': [],
  'a position of three numbers': [
    [30.3, 59.9, 4],
    [30.4, 59.9],
  ],
  'a null coordinate': [
    [30.3, null],
    [30.4, 59.9],
  ],
  'a coordinate as text': [
    ['30.3', 59.9],
    [30.4, 59.9],
  ],
  'not an array': { lon: 30.3, lat: 59.9 },
  'a closed ring': square,
  'an unclosed ring': [...square.slice(0, 3), [30.31, 59.9]],
  'a ring of three': square.slice(1),
  'a polygon': [square],
  'a polygon with a hole that is not closed': [square, [...square.slice(0, 3), [30.35, 59.95]]],
  'an empty polygon': [],
  'a polygon of a bare ring': square,
  nothing: null,
};

const answer = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
};

describe('quickly', () => {
  const pairs: [string, z.ZodType, z.ZodType][] = [
    ['line', Line, quickly(Line, isPositionList(2))],
    ['ring', Ring, quickly(Ring, isRing)],
    ['polygon', Polygon, quickly(Polygon, isListOf(isRing, 1))],
  ];
  for (const [kind, full, quick] of pairs) {
    for (const [name, value] of Object.entries(inputs)) {
      it(`gives the full ${kind} schema's answer for ${name}`, () => {
        expect(answer(quick, value)).toEqual(answer(full, value));
      });
    }
  }

  it('names a bad position by its path inside the geometry', () => {
    const Geometry = z.object({ coordinates: quickly(Polygon, isListOf(isRing, 1)) });
    const result = Geometry.safeParse({ coordinates: [[...square.slice(0, 2), [30.4, null], square[0]]] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['coordinates', 0, 2, 1]]);
  });

  it('accepts only what the full schema accepts unchanged', () => {
    // the shortcut's own predicates, on the values the full schemas refuse
    expect(isRing(inputs['an unclosed ring'])).toBe(false);
    expect(isPositionList(2)(inputs['a position of three numbers'])).toBe(false);
    expect(
      isPositionList(2)([
        [30.3, Number.NaN],
        [30.4, 59.9],
      ]),
    ).toBe(false);
    expect(
      isPositionList(2)([
        [30.3, Number.POSITIVE_INFINITY],
        [30.4, 59.9],
      ]),
    ).toBe(false);
    expect(
      Line.safeParse([
        [30.3, Number.POSITIVE_INFINITY],
        [30.4, 59.9],
      ]).success,
    ).toBe(false);
  });
});
