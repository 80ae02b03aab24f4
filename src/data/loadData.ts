/** Browser side of the data edge: fetch every file of geo/ from our own origin, then validate. */
import { GEO_FILES, GEO_FILE_KEYS, type GeoFileKey, type GeoFileTexts } from './files.ts';
import { allChecked, CHECKED_FILE, parseCheckedRecord } from './checked.ts';
import { parseDataSet, type ParseResult } from './parse.ts';
import type { Problem } from './problems.ts';
import { validateWith } from './validateWith.ts';

/**
 * How long the data may take to arrive. A stuck proxy or a half-dead server otherwise leaves
 * "Loading…" on screen for ever; after this the visitor gets a screen that says so, with a retry.
 */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * The validated data, or every problem. `unreachable` marks a failure of the network, not of the
 * data (no answer in time, or no connection): trying again may help, so the screen offers it.
 */
export type LoadResult = ParseResult | { ok: false; unreachable: true; problems: Problem[] };

interface Options {
  timeoutMs?: number;
}

/** Fetches geo/ relative to the page (never another origin) and returns the validated data or every problem. */
export async function loadData(
  baseUrl: string = import.meta.env.BASE_URL,
  { timeoutMs = LOAD_TIMEOUT_MS }: Options = {},
): Promise<LoadResult> {
  const problems: Problem[] = [];
  let unreachable = false;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  // The build's record of what it checked: optional, so a missing or unreadable one only means
  // the app runs every check itself.
  const record = fetch(`${baseUrl}${CHECKED_FILE}`, { signal: controller.signal })
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then(parseCheckedRecord);
  try {
    const texts = await Promise.all(
      GEO_FILE_KEYS.map(async (key): Promise<[GeoFileKey, string]> => {
        const file = GEO_FILES[key];
        try {
          const response = await fetch(`${baseUrl}geo/${file}`, { signal: controller.signal });
          if (!response.ok) {
            problems.push({ file, message: `could not be loaded (HTTP ${response.status})` });
            return [key, ''];
          }
          return [key, await response.text()];
        } catch (error) {
          // aborted because another file failed first: that one has said why
          if (controller.signal.aborted && !timedOut && unreachable) return [key, ''];
          unreachable = true;
          problems.push({
            file,
            message: timedOut
              ? `did not arrive within ${Math.round(timeoutMs / 1000)} s`
              : `could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          });
          // one file that does not come stops the wait for the others
          controller.abort();
          return [key, ''];
        }
      }),
    );
    performance.mark('petrograd:data-fetched');
    if (unreachable) return { ok: false, unreachable: true, problems };
    if (problems.length > 0) return { ok: false, problems };
    const geoTexts = Object.fromEntries(texts) as GeoFileTexts;
    // Files the build checked byte for byte are parsed, not checked again; any other file gets every
    // check but the slow polygon ones (those run in the build, the CLI and the tests).
    const result = allChecked(geoTexts, await record) ? parseDataSet(geoTexts) : validateWith(geoTexts);
    // marks for a profile of the load (the benchmark prints where the time went)
    performance.mark('petrograd:data-ready');
    return result;
  } finally {
    clearTimeout(timer);
  }
}
