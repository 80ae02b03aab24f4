/** Browser side of the data edge: fetch every file of geo/ from our own origin, then validate. */
import { GEO_FILES, GEO_FILE_KEYS, type GeoFileKey, type GeoFileTexts } from './files.ts';
import type { ParseResult } from './parse.ts';
import type { Problem } from './problems.ts';
import { validateTexts } from './validate.ts';

/** Fetches geo/ relative to the page (never another origin) and returns the validated data or every problem. */
export async function loadData(baseUrl: string = import.meta.env.BASE_URL): Promise<ParseResult> {
  const problems: Problem[] = [];
  const texts = await Promise.all(
    GEO_FILE_KEYS.map(async (key): Promise<[GeoFileKey, string]> => {
      const file = GEO_FILES[key];
      try {
        const response = await fetch(`${baseUrl}geo/${file}`);
        if (!response.ok) {
          problems.push({ file, message: `could not be loaded (HTTP ${response.status})` });
          return [key, ''];
        }
        return [key, await response.text()];
      } catch (error) {
        problems.push({ file, message: `could not be loaded: ${error instanceof Error ? error.message : String(error)}` });
        return [key, ''];
      }
    }),
  );
  if (problems.length > 0) return { ok: false, problems };
  // The build ran the thorough checks on these very files; the app repeats the quick ones.
  return validateTexts(Object.fromEntries(texts) as GeoFileTexts, { thorough: false });
}
