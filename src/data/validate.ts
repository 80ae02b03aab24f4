import { checkBlocksAndFootprints } from './checks/footprints.ts';
import { checkStreetsOnLand } from './checks/streetsOnLand.ts';
import { checkWaterOverLand } from './checks/waterOverLand.ts';
import type { GeoFileTexts } from './files.ts';
import type { ParseResult } from './parse.ts';
import { validateWith } from './validateWith.ts';

/**
 * The entry point for checking data in the build, the CLI and the tests: every check, including the
 * polygon intersections (water over land; blocks and footprints against the water and the streets) and the
 * street sampling (no street over the water but on a bridge) that are too slow and too large for the app.
 */
export function validateTexts(texts: GeoFileTexts): ParseResult {
  return validateWith(texts, [checkWaterOverLand, checkBlocksAndFootprints, checkStreetsOnLand]);
}
