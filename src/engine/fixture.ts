/** Test helper: the valid fixture data set, parsed and checked. */
import { resolve } from 'node:path';
import { readGeoFiles } from '../data/readGeoFiles.ts';
import type { DataSet } from '../data/parse.ts';
import { validateTexts } from '../data/validate.ts';
import { DataError } from '../data/problems.ts';

export function fixtureData(): DataSet {
  const result = validateTexts(readGeoFiles(resolve(import.meta.dirname, '../data/test/in/valid')));
  if (!result.ok) throw new DataError(result.problems);
  return result.data;
}
