import { test as bare } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

test.describe('security', () => {
  test('the page allows only its own origin: no eval, no inline script', async ({ page, request }) => {
    const response = await request.get('./');
    const header = response.headers()['content-security-policy'] ?? '';
    await page.goto('./?lang=en');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toContain('unsafe-inline');
    }
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await waitForMapIdle(page);
  });

  test('URL parameters never reach the page as HTML', async ({ page, guard }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const attack = encodeURIComponent('<img src=x onerror=alert(1)>');
    await page.goto(`./?lang=${attack}&feature=${attack}&story=${attack}&t=${attack}&at=${attack}`);
    await waitForMapIdle(page);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.content()).not.toContain('onerror=alert');
    expect(dialogs).toBe(0);
    expect(guard.consoleErrors).toEqual([]);
  });
});

bare("a visitor's page has no global pointing at the map (tests install their own hook)", async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForMapIdle(page);
  expect(await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__petrograd')))).toEqual([]);
});
