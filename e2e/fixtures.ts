/**
 * Shared Playwright fixture: every page in every browser test fails the test if it asks for anything
 * outside the app's own origin (the app must work offline, with no tile server or font CDN), or if
 * the page logs an error.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Guard {
  foreignRequests: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const guard: Guard = { foreignRequests: [], consoleErrors: [] };
      await page.route('**/*', (route) => {
        const url = route.request().url();
        const allowed = url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
        if (allowed) return route.continue();
        guard.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (message.type() === 'error') guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(error.message));
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
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

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
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    }
    return colours.size;
  }, png.toString('base64'));
}
