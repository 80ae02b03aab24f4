/**
 * Citations: every `sources` entry in geo/ must point at a work of the bibliography (geo/sources.json),
 * and every address, of a work or of a cited page, must be on a lawful host.
 */
import type { Citation, Work } from '../../model/schemas.ts';
import { GEO_FILES } from '../files.ts';
import { isLawfulUrl } from '../lawfulHosts.ts';
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

export function checkCitations(data: DataSet): Problem[] {
  const problems: Problem[] = [];
  const works = new Map<string, Work>();
  for (const work of data.works) {
    const at = { file: GEO_FILES.sources, featureId: work.id };
    if (works.has(work.id)) problems.push({ ...at, field: 'id', message: 'duplicate work id' });
    works.set(work.id, work);
    if (work.url !== undefined && !isLawfulUrl(work.url))
      problems.push({ ...at, field: 'url', message: unlawful(work.url) });
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
