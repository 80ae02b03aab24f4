/** Node-only: reads geo/ from disk for the CLI tools, the build and the tests. */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { GEO_FILES, GEO_FILE_KEYS, type GeoFileKey, type GeoFileTexts } from './files.ts';

export const GEO_DIR = resolve(import.meta.dirname, '../../geo');

/**
 * Reads every data file from `dir`; `overrides` replaces single files (matched by file name, e.g.
 * "bridges.geojson") so one new version of a file can be checked against the rest of the data.
 */
export function readGeoFiles(dir: string = GEO_DIR, overrides: readonly string[] = []): GeoFileTexts {
  const paths = Object.fromEntries(GEO_FILE_KEYS.map((key) => [key, join(dir, GEO_FILES[key])])) as Record<
    GeoFileKey,
    string
  >;
  for (const override of overrides) {
    const key = GEO_FILE_KEYS.find((candidate) => basename(GEO_FILES[candidate]) === basename(override));
    if (!key) {
      const known = GEO_FILE_KEYS.map((k) => basename(GEO_FILES[k])).join(', ');
      throw new Error(`${override}: not a data file this map reads (expected one of: ${known})`);
    }
    paths[key] = override;
  }
  return Object.fromEntries(
    GEO_FILE_KEYS.map((key) => [key, readTextOrEmpty(paths[key])]),
  ) as GeoFileTexts;
}

/** A missing file reads as empty, which validation reports as "the file is empty" under its name. */
function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
