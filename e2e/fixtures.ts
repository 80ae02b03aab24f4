/**
 * Shared Playwright fixture: every page in every browser test fails the test if it asks for anything
 * outside the app's own origin (the app must work offline, with no tile server or font CDN), if the
 * map is asked to draw an image it was never given, or if the page logs an error.
 */
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

interface Guard {
  foreignRequests: string[];
  consoleErrors: string[];
  /** Images a layer named that the map does not have: MapLibre only warns, and draws nothing there. */
  missingImages: string[];
}

const MISSING_IMAGE = /Image "([^"]+)" could not be loaded/;

/** Aborts and records every request outside the app's origin, and records the page's errors. */
async function watch(page: Page, baseURL: string | undefined): Promise<Guard> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const guard: Guard = { foreignRequests: [], consoleErrors: [], missingImages: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const allowed = url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
    if (allowed) return route.continue();
    guard.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') guard.consoleErrors.push(message.text());
    const missing = MISSING_IMAGE.exec(message.text());
    if (missing?.[1]) guard.missingImages.push(missing[1]);
  });
  page.on('pageerror', (error) => guard.consoleErrors.push(error.message));
  return guard;
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const guard = await watch(page, baseURL);
      await installMapHook(page);
      // Every Content-Security-Policy violation is a failure, whatever the test is about.
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
        );
      });
      await use(guard);
      expect(guard.foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(guard.missingImages, 'images the map was asked to draw and does not have').toEqual([]);
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * A page in a context of its own (a phone, a touch kiosk), watched like the fixture's: the test
 * checks `guard.foreignRequests` itself and closes the context.
 */
export async function openPage(browser: Browser, baseURL: string | undefined, options: BrowserContextOptions) {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block', ...options });
  await installMapHook(context);
  const page = await context.newPage();
  const guard = await watch(page, baseURL);
  return { page, context, guard };
}

export { expect };

/**
 * The app has no global pointing at its map; tests install the hook it calls once it has one, and
 * read the map as `window.__petrogradMap`. Every fixture page has it; a test's own context calls this.
 */
export async function installMapHook(target: Pick<Page, 'addInitScript'>): Promise<void> {
  await target.addInitScript(() => {
    const test = window as unknown as { __petrogradMapHook: (map: unknown) => void; __petrogradMap?: unknown };
    test.__petrogradMapHook = (map) => {
      test.__petrogradMap = map;
    };
  });
}

/** Waits until MapLibre reports the map idle (everything drawn). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 45_000 });
}

/**
 * How many distinct colours the map canvas shows, from a real screenshot (the WebGL buffer itself
 * is cleared after each frame). A blank or single-colour map has one or two.
 */
export async function distinctMapColours(page: Page): Promise<number> {
  const png = await page.getByTestId('map').screenshot();
  const [whole] = await pngBands(page, png, [[0, 1]], 7);
  return whole?.colours ?? 0;
}

/**
 * Per band of rows of a PNG (fractions of its height, top to bottom): the share of dark "ink"
 * pixels and the number of distinct colours, sampling every `stride`-th pixel. Decoded in the page.
 */
export async function pngBands(page: Page, png: Buffer, rows: [number, number][], stride = 5): Promise<{ ink: number; colours: number }[]> {
  return page.evaluate(
    async ({ base64, rows, stride }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      return rows.map(([from, to]) => {
        const top = Math.round(from * image.height);
        const height = Math.max(1, Math.round((to - from) * image.height));
        const pixels = context.getImageData(0, top, image.width, height).data;
        let ink = 0;
        let samples = 0;
        const colours = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * stride) {
          const [r = 0, g = 0, b = 0] = [pixels[i], pixels[i + 1], pixels[i + 2]];
          samples += 1;
          if (r + g + b < 330) ink += 1;
          colours.add((r << 16) | (g << 8) | b);
        }
        return { ink: ink / Math.max(1, samples), colours: colours.size };
      });
    },
    { base64: png.toString('base64'), rows, stride },
  );
}
