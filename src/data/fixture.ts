/** Test helper (node only): the valid fixture data set, parsed and checked. */
import { resolve } from 'node:path';
import { readGeoFiles } from './readGeoFiles.ts';
import type { DataSet } from './parse.ts';
import { validateTexts } from './validate.ts';
import { DataError } from './problems.ts';

export function fixtureData(): DataSet {
  const result = validateTexts(readGeoFiles(resolve(import.meta.dirname, 'test/in/valid')));
  if (!result.ok) throw new DataError(result.problems);
  return result.data;
}
