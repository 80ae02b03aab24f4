import { afterEach, describe, expect, it, vi } from 'vitest';
import { GEO_FILE_KEYS, GEO_FILES } from './files.ts';
import { loadData } from './loadData.ts';
import { readGeoFiles } from './readGeoFiles.ts';

const texts = readGeoFiles();
const byFile = new Map<string, string>(GEO_FILE_KEYS.map((key) => [GEO_FILES[key], texts[key]]));

/** A fetch that serves geo/ from disk, except for `stuck`, which never answers (until aborted). */
function fakeFetch(stuck?: string) {
  return vi.fn((url: string, init?: RequestInit) => {
    const file = url.replace(/^.*geo\//, '');
    if (file === stuck) {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    return Promise.resolve(new Response(byFile.get(file) ?? '', { status: byFile.has(file) ? 200 : 404 }));
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
});
