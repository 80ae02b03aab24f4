/**
 * Citations: every `sources` entry in geo/ must point at a work of the bibliography (geo/sources.json),
 * every address, of a work or of a cited page, must be on a lawful host, and every work must be one a
 * library would print (see unprintable.ts): no helper, session, tool or file of ours, no "via …" or GPS
 * trail, no copy site, no one-article-of-Wikipedia work; no locator that only we could read.
 */
import type { Citation, Localized, Work } from '../../model/schemas.ts';
import { GEO_FILES } from '../files.ts';
import { isLawfulUrl } from '../lawfulHosts.ts';
import {
  firstMatch,
  ONE_ARTICLE_OF_WIKIPEDIA,
  OUR_WORDS,
  TRAIL_WORDS,
  UNFIT_SITES,
  WIKIPEDIA_EDITION,
  WIKIPEDIA_WORD,
} from '../unprintable.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';

interface CitingItem {
  file: string;
  featureId: string;
  /** The object whose `sources` arrays (at any depth) are checked, and its path from the item. */
  root: unknown;
  path: string;
}

/** Everything in the data that cites, named as its problems should name it. */
function citingItems(data: DataSet): CitingItem[] {
  const features = (file: string, list: readonly { properties: { id: string } }[]): CitingItem[] =>
    list.map((feature) => ({
      file,
      featureId: feature.properties.id,
      root: feature.properties,
      path: 'properties',
    }));
  return [
    ...features(GEO_FILES.land, data.land),
    ...features(GEO_FILES.water, data.water),
    ...features(GEO_FILES.parks, data.parks),
    ...features(GEO_FILES.blocks, data.blocks),
    ...features(GEO_FILES.streets, data.streets),
    ...features(GEO_FILES.railways, data.railways),
    ...features(GEO_FILES.bridges, data.bridges),
    ...features(GEO_FILES.strongholds, data.strongholds),
    ...features(GEO_FILES.points, data.points),
    ...features(GEO_FILES.buildings, data.buildings),
    ...features(GEO_FILES.route, data.route.segments),
    ...features(GEO_FILES.route, data.route.waypoints),
    ...features(GEO_FILES.movers, data.movers.movers),
    ...features(GEO_FILES.movers, data.movers.stops),
    ...data.timeline.initial.map((state) => ({
      file: GEO_FILES.timeline,
      featureId: `initial state of ${state.feature}`,
      root: state,
      path: '',
    })),
    ...data.timeline.events.map((event) => ({
      file: GEO_FILES.timeline,
      featureId: event.id,
      root: event,
      path: '',
    })),
    ...data.stories.flatMap((story) =>
      story.steps.map((step) => ({ file: GEO_FILES.stories, featureId: step.id, root: step, path: '' })),
    ),
  ];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** Every citation below `value`, with its field path. The schemas guarantee each `sources` is a list of citations. */
function* citationsIn(value: unknown, path: string): Generator<[Citation, string]> {
  if (Array.isArray(value)) {
    for (const [index, child] of value.entries()) yield* citationsIn(child, join(path, index));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(child)) {
      for (const [index, citation] of (child as Citation[]).entries())
        yield [citation, join(join(path, key), index)];
    } else {
      yield* citationsIn(child, join(path, key));
    }
  }
}

const unlawful = (url: string) =>
  `links to ${new URL(url).hostname}, which is not on the list of lawful hosts in src/data/lawfulHosts.ts; ` +
  'cite the work itself, or add the host there with the reason it is lawful';

const textsOf = (text: Localized | undefined): string[] =>
  text === undefined ? [] : [...new Set([text.en, text.ru])];

/** Why a library would not print this work, field by field (none if it would). */
function unprintable(work: Work): { field: string; message: string }[] {
  const found: { field: string; message: string }[] = [];
  const test = (field: string, texts: string[], words: Parameters<typeof firstMatch>[1]) => {
    for (const text of texts) {
      const word = firstMatch(text, words);
      if (word !== undefined) {
        found.push({ field, message: `"${text}" ${word.reason}` });
        return;
      }
    }
  };
  const everything = [...OUR_WORDS, ...TRAIL_WORDS, ...UNFIT_SITES];
  test('id', [work.id], everything);
  test('title', textsOf(work.title), everything);
  test('container', textsOf(work.container), UNFIT_SITES);
  test('publisher', textsOf(work.publisher), UNFIT_SITES);
  // a work's url is held to the lawful hosts above, which no copy site is on
  const aboutWikipedia = [work.id, ...textsOf(work.title), ...textsOf(work.container)].some((text) =>
    WIKIPEDIA_WORD.test(text),
  );
  if (aboutWikipedia && !(work.type === 'website' && WIKIPEDIA_EDITION.test(work.id)))
    found.push({ field: 'id', message: `"${work.id}" ${ONE_ARTICLE_OF_WIKIPEDIA}` });
  return found;
}

/** Why a visitor could not read this passage as a reference (none if they could). */
function unreadableLocator(citation: Citation): string | undefined {
  for (const text of textsOf(citation.locator)) {
    const word = firstMatch(text, [...OUR_WORDS, ...UNFIT_SITES]);
    if (word !== undefined) return `"${text}" ${word.reason}`;
  }
  return undefined;
}

export function checkCitations(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  const works = new Map<string, Work>();
  for (const work of data.works) {
    const at = { file: GEO_FILES.sources, featureId: work.id };
    if (works.has(work.id)) problems.push({ ...at, field: 'id', message: 'duplicate work id' });
    works.set(work.id, work);
    if (work.url !== undefined && !isLawfulUrl(work.url))
      problems.push({ ...at, field: 'url', message: unlawful(work.url) });
    for (const { field, message } of unprintable(work)) problems.push({ ...at, field, message });
  }
  const cited = new Set<string>();
  for (const item of citingItems(data)) {
    for (const [citation, path] of citationsIn(item.root, item.path)) {
      cited.add(citation.ref);
      const at = { file: item.file, featureId: item.featureId };
      if (!works.has(citation.ref)) {
        problems.push({
          ...at,
          field: `${path}.ref`,
          message: `cites "${citation.ref}", which is not a work in ${GEO_FILES.sources}`,
        });
      }
      if (citation.url !== undefined && !isLawfulUrl(citation.url)) {
        problems.push({ ...at, field: `${path}.url`, message: unlawful(citation.url) });
      }
      const unreadable = unreadableLocator(citation);
      if (unreadable !== undefined) problems.push({ ...at, field: `${path}.locator`, message: unreadable });
    }
  }
  // a work nobody cites is clutter that a curator would have to check for nothing
  for (const work of works.values()) {
    if (!cited.has(work.id)) {
      problems.push({
        file: GEO_FILES.sources,
        featureId: work.id,
        field: 'id',
        message: 'no feature, event or story step cites this work',
      });
    }
  }
  return problems;
}
