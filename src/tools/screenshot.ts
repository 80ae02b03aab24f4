/**
 * npm run screenshot -- [URL-QUERY…]
 * Serves the production build, opens it in headless Chromium and saves a PNG per query string to
 * test-results/screens/, for looking at what a visitor sees. E.g. `npm run screenshot -- "lang=ru"`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'test-results/screens');
/** A free port, so that several checkouts on one machine never photograph each other's build. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Waits until the preview server answers, rather than for a fixed time that a loaded machine outlasts. */
async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the preview server did not answer at ${url} within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

const PORT = Number(process.argv.find((arg) => arg.startsWith('--port='))?.slice(7) ?? (await freePort()));
const queries = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const size = (process.argv.find((arg) => arg.startsWith('--size='))?.slice(7) ?? '1280x800').split('x').map(Number);

mkdirSync(OUT, { recursive: true });
const server = spawn(resolve(ROOT, 'node_modules/.bin/vite'), ['preview', '--port', String(PORT), '--strictPort'], {
  cwd: ROOT,
  stdio: 'ignore',
});
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: size[0] ?? 1280, height: size[1] ?? 800 } });
  for (const [index, query] of (queries.length > 0 ? queries : ['lang=en']).entries()) {
    await page.goto(`http://127.0.0.1:${PORT}/?${query}`);
    await page.waitForSelector('[data-map-idle="true"], [data-testid="data-error"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    const file = resolve(OUT, `${index}-${query.replace(/[^a-z0-9=-]+/gi, '_')}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await browser.close();
} finally {
  server.kill();
}
