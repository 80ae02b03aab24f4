import { crossCheck } from './crossChecks.ts';
import type { GeoFileTexts } from './files.ts';
import { parseDataSet, type ParseResult } from './parse.ts';

/**
 * The one entry point for checking data, used by the build, the CLI, the tests and the app:
 * structure first (zod), then, only if every file parsed, the checks across files. The app passes
 * `thorough: false` to skip the polygon intersections the build has already run on the same data.
 */
export function validateTexts(texts: GeoFileTexts, { thorough = true }: { thorough?: boolean } = {}): ParseResult {
  const parsed = parseDataSet(texts);
  if (!parsed.ok) return parsed;
  const problems = crossCheck(parsed.data, thorough);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
