import { checkBlocksAndFootprints } from './checks/footprints.ts';
import { checkWaterOverLand } from './checks/waterOverLand.ts';
import type { GeoFileTexts } from './files.ts';
import type { ParseResult } from './parse.ts';
import { validateWith } from './validateWith.ts';

/**
 * The entry point for checking data in the build, the CLI and the tests: every check, including the
 * polygon intersections (water over land; blocks and footprints against the water and the streets) that are too slow and too large a library for the app.
 */
export function validateTexts(texts: GeoFileTexts): ParseResult {
  return validateWith(texts, [checkWaterOverLand, checkBlocksAndFootprints]);
}
