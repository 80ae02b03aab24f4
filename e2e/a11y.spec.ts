import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 4).join(', ')}`,
  );
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test('the default view', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with a place card open and the city as text expanded, in Russian', async ({ page }) => {
    await page.goto('./?lang=ru&t=1917-11-07T04:00&feature=bridge-nikolaevsky');
    await waitForMapIdle(page);
    await page.locator('.city-text summary').click();
    await page.locator('.legend summary').click();
    expect(await violations(page)).toEqual([]);
  });

  test('during a guided story', async ({ page }) => {
    await page.goto('./?lang=en&story=lenin-walk&step=4');
    await waitForMapIdle(page);
    await expect(page.getByTestId('story')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone (390×844), with the bottom sheet closed and then open on a place card, in Russian', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lang=ru');
    await waitForMapIdle(page);
    await expect(page.getByTestId('sheet-handle')).toHaveAttribute('aria-expanded', 'false');
    expect(await violations(page)).toEqual([]);
    await page.goto('./?lang=ru&t=1917-11-07T04:00&feature=bridge-nikolaevsky');
    await waitForMapIdle(page);
    await expect(page.getByTestId('place-card')).toBeVisible();
    await page.locator('.city-text summary').click();
    expect(await violations(page)).toEqual([]);
  });

  test('on a phone on its side (844×390), with the sheet open', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('./?lang=en&story=lenin-walk&step=2');
    await waitForMapIdle(page);
    await page.getByTestId('sheet-handle').click();
    await expect(page.getByTestId('story')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('in kiosk mode, portrait, with the "still there?" prompt', async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.clock.install();
    await page.goto('./?kiosk&idle=30&lang=ru');
    await waitForMapIdle(page);
    expect(await violations(page)).toEqual([]);
    await page.clock.fastForward(31_000);
    await expect(page.getByTestId('kiosk-prompt')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
