/** Data that never arrives: a retry screen after about 15 s instead of "Loading…" for ever; the kiosk retries by itself. */
import { expect, test, waitForMapIdle } from './fixtures.ts';

test.describe('data that never arrives', () => {
  test('leaves "loading" after 15 s for a screen with a retry that works', async ({ page }) => {
    await page.clock.install();
    let hang = true;
    await page.route('**/geo/timeline.json', (route) => {
      if (!hang) return route.continue();
      // a stuck proxy: the request never answers
    });
    await page.goto('./?lang=en');
    await expect(page.getByRole('status')).toHaveText('Loading the map of Petrograd…');
    await page.clock.fastForward(14_000);
    await expect(page.getByTestId('load-error')).toHaveCount(0);
    await page.clock.fastForward(2_000);
    const screen = page.getByTestId('load-error');
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('heading')).toHaveText('The map data did not arrive');
    await expect(screen.locator('a')).toHaveCount(0);
    await expect(screen.locator('details')).toContainText('timeline.json: did not arrive within 15 s');

    hang = false;
    await screen.getByRole('button', { name: 'Try again' }).click();
    await waitForMapIdle(page);
    await expect(page.getByTestId('clock')).toBeVisible();
  });

  test('the kiosk tries again by itself', async ({ page }) => {
    await page.clock.install();
    let hang = true;
    await page.route('**/geo/stories.json', (route) => {
      if (!hang) return route.continue();
    });
    await page.goto('./?kiosk&lang=ru');
    await page.clock.fastForward(16_000);
    const screen = page.getByTestId('load-error');
    await expect(screen.getByRole('heading')).toHaveText('Данные карты не загрузились');
    await expect(page.getByTestId('auto-retry')).toContainText('Новая попытка через');
    hang = false;
    await page.clock.fastForward(11_000);
    await waitForMapIdle(page);
    await expect(screen).toHaveCount(0);
  });
});
