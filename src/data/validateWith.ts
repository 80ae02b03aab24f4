import { crossCheck, type CrossCheck } from './crossChecks.ts';
import type { GeoFileTexts } from './files.ts';
import { parseDataSet, type ParseResult } from './parse.ts';

/**
 * Structure first (zod), then, only if every file parsed, the checks across files and any `extra`
 * ones. The app calls this with no extras on data the build already passed; everything else calls
 * validateTexts (validate.ts), which adds the slow polygon checks.
 */
export function validateWith(texts: GeoFileTexts, extra: readonly CrossCheck[] = []): ParseResult {
  const parsed = parseDataSet(texts);
  if (!parsed.ok) return parsed;
  const problems = crossCheck(parsed.data, extra);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
