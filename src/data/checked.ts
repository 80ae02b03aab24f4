/**
 * The build's record of the data it checked. The build runs every check on geo/ (and fails on any
 * problem); it then writes `geo/checked.json`, the fingerprint of each file it passed. A browser that
 * fetches the very same bytes need not run the checks across files again: it still parses every
 * file with zod (that is where the text becomes typed data), but skips the cross-checks. A file that
 * differs in one byte (edited after the build, or served by the dev server, which writes no record)
 * gets every check, as before.
 */
import { z } from '../model/zod.ts';
import { GEO_FILE_KEYS, GEO_FILES, type GeoFileTexts } from './files.ts';

/** Where the record lies, relative to the page. */
export const CHECKED_FILE = 'geo/checked.json';

export const CheckedRecord = z.object({
  /** What this file is, for a reader who opens it. */
  about: z.string(),
  /** Data file (relative to geo/) → fingerprint of the text the build checked. */
  files: z.record(z.string(), z.string()),
});
export type CheckedRecord = z.infer<typeof CheckedRecord>;

/**
 * FNV-1a over the text's UTF-16 code units, twice with different offsets, as 16 hex digits.
 * Not a defence against a forger (whoever can change the data can change the code beside it); it
 * only tells whether the bytes are the ones the build checked.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The record the build writes for texts it has checked. */
export function checkedRecord(texts: GeoFileTexts): CheckedRecord {
  return {
    about: 'Written by the build after every check passed on these files; see src/data/checked.ts.',
    files: Object.fromEntries(GEO_FILE_KEYS.map((key) => [GEO_FILES[key], fingerprint(texts[key])])),
  };
}

/** True when every file the app reads is one the build checked, byte for byte. */
export function allChecked(texts: GeoFileTexts, record: CheckedRecord | null): boolean {
  if (!record) return false;
  return GEO_FILE_KEYS.every((key) => record.files[GEO_FILES[key]] === fingerprint(texts[key]));
}

/** Reads the record's text; anything that is not a record (missing, empty, garbled) counts as none. */
export function parseCheckedRecord(text: string | null): CheckedRecord | null {
  if (!text) return null;
  try {
    const result = CheckedRecord.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
