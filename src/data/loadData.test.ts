import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkedRecord, CHECKED_FILE } from './checked.ts';
import { GEO_FILE_KEYS, GEO_FILES } from './files.ts';
import { loadData } from './loadData.ts';
import { readGeoFiles } from './readGeoFiles.ts';

const texts = readGeoFiles();
const byFile = new Map<string, string>(GEO_FILE_KEYS.map((key) => [GEO_FILES[key], texts[key]]));

/**
 * A fetch that serves geo/ from disk (or `files` in place of some), except for `stuck`, which never
 * answers (until aborted). The build's record of checked files is served only when given.
 */
function fakeFetch(stuck?: string, files: ReadonlyMap<string, string> = byFile) {
  return vi.fn((url: string, init?: RequestInit) => {
    const file = url.replace(/^.*geo\//, '');
    if (url.endsWith(CHECKED_FILE)) {
      const record = files.get('checked.json');
      return Promise.resolve(new Response(record ?? 'not found', { status: record ? 200 : 404 }));
    }
    if (file === stuck) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    return Promise.resolve(new Response(files.get(file) ?? '', { status: files.has(file) ? 200 : 404 }));
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loadData', () => {
  it('loads and validates geo/ when every file answers', async () => {
    vi.stubGlobal('fetch', fakeFetch());
    const result = await loadData('/');
    expect(result.ok).toBe(true);
  });

  it('gives up on a file that does not answer within the timeout and says the network failed, not the data', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', fakeFetch('timeline.json'));
    const pending = loadData('/', { timeoutMs: 15_000 });
    await vi.advanceTimersByTimeAsync(14_900);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    const result = await pending;
    expect(result).toEqual({
      ok: false,
      unreachable: true,
      problems: [{ file: 'timeline.json', message: 'did not arrive within 15 s' }],
    });
  });

  it('reports an HTTP error as a problem of the data, without a retry', async () => {
    const fetch = fakeFetch();
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
      url.endsWith('stories.json') ? Promise.resolve(new Response('no', { status: 404 })) : fetch(url, init),
    );
    const result = await loadData('/');
    expect(result).toEqual({ ok: false, problems: [{ file: 'stories.json', message: 'could not be loaded (HTTP 404)' }] });
  });

  describe('with the build record of the files it checked', () => {
    // a story step naming a place that does not exist: zod accepts it, only a cross-check refuses it
    const stories = JSON.parse(texts.stories) as { stories: { steps: { feature?: string }[] }[] };
    stories.stories[0]!.steps[0]!.feature = 'point-nowhere';
    const broken = { ...texts, stories: JSON.stringify(stories) };
    const served = (geo: typeof texts, recordOf: typeof texts | null) =>
      new Map<string, string>([
        ...GEO_FILE_KEYS.map((key): [string, string] => [GEO_FILES[key], geo[key]]),
        ...(recordOf ? [['checked.json', JSON.stringify(checkedRecord(recordOf))] as [string, string]] : []),
      ]);

    it('runs the cross-checks on files the record does not cover', async () => {
      vi.stubGlobal('fetch', fakeFetch(undefined, served(broken, texts)));
      const result = await loadData('/');
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('point-nowhere');
    });

    it('runs them when there is no record', async () => {
      vi.stubGlobal('fetch', fakeFetch(undefined, served(broken, null)));
      expect((await loadData('/')).ok).toBe(false);
    });

    it('parses but does not check again the very files the build checked', async () => {
      // the record vouches for the broken file, as a build would have after checking it: trusted
      vi.stubGlobal('fetch', fakeFetch(undefined, served(broken, broken)));
      expect((await loadData('/')).ok).toBe(true);
    });

    it('still refuses a file that does not parse, whatever the record says', async () => {
      const garbled = { ...texts, movers: '{"type": "FeatureCollection", "features": 7}' };
      vi.stubGlobal('fetch', fakeFetch(undefined, served(garbled, garbled)));
      const result = await loadData('/');
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('movers.geojson');
    });
  });
});
