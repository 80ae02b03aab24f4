import { expect, test, waitForMapIdle } from './fixtures.ts';
import { featureState } from './helpers.ts';

test.describe('resilience and motion', () => {
  test('a render error shows an error screen, and the kiosk starts afresh by itself', async ({ page, guard }) => {
    await page.clock.install();
    await page.goto('./?kiosk&lang=en&t=1917-11-06T21:00');
    await waitForMapIdle(page);
    // inject a fault into something the clock's rendering uses (React retries a failed render once,
    // so the fault stays until the test lifts it)
    await page.evaluate(() => {
      const descriptor = Object.getOwnPropertyDescriptor(String.prototype, 'padStart')!;
      (window as unknown as { __liftFault: () => void }).__liftFault = () =>
        Object.defineProperty(String.prototype, 'padStart', descriptor);
      Object.defineProperty(String.prototype, 'padStart', {
        configurable: true,
        value: () => {
          throw new Error('injected fault');
        },
      });
    });
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('app-error')).toBeVisible();
    await expect(page.getByTestId('app-error')).toContainText('injected fault');
    await page.evaluate(() => (window as unknown as { __liftFault: () => void }).__liftFault());
    await page.clock.fastForward(9_000);
    await expect(page.getByTestId('app-error')).toHaveCount(0);
    await waitForMapIdle(page);
    await expect(page.getByTestId('clock')).toBeVisible();
    guard.consoleErrors.length = 0; // the injected fault was logged on purpose
  });

  test('the kiosk watchdog reloads the page after repeated errors', async ({ page, guard }) => {
    await page.goto('./?kiosk&lang=en');
    await waitForMapIdle(page);
    await page.evaluate(() => {
      (window as unknown as { __beforeReload: boolean }).__beforeReload = true;
      for (let i = 0; i < 3; i += 1) window.dispatchEvent(new ErrorEvent('error', { message: `fault ${i}` }));
    });
    await page.waitForFunction(() => !(window as unknown as { __beforeReload?: boolean }).__beforeReload);
    await waitForMapIdle(page);
    guard.consoleErrors.length = 0;
  });

  test('a change flashes once, and not at all with prefers-reduced-motion', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-07T03:29');
    await waitForMapIdle(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight'); // 03:30: the sailors lower the Nikolaevsky Bridge
    await expect.poll(() => featureState(page, 'bridges', 'bridge-nikolaevsky')).toMatchObject({ flash: true });
    await expect.poll(() => featureState(page, 'bridges', 'bridge-nikolaevsky')).toMatchObject({ flash: false });

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?lang=en&t=1917-11-07T03:29');
    await waitForMapIdle(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => featureState(page, 'bridges', 'bridge-nikolaevsky')).toMatchObject({ bridge: 'lowered' });
    await page.waitForTimeout(300);
    expect((await featureState(page, 'bridges', 'bridge-nikolaevsky')).flash).toBeUndefined();
  });
});
