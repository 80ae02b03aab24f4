import type { Map as MapLibreMap } from 'maplibre-gl';
import { distinctMapColours, expect, openPage, test, waitForMapIdle } from './fixtures.ts';
import { mapCenter, metres } from './helpers.ts';

test.describe('kiosk mode', () => {
  test('idle → "still there?" → reset → attract loop → a touch stops it', async ({ page }) => {
    await page.clock.install();
    await page.goto('./?kiosk&idle=90&prompt=20&dwell=9&lang=ru&t=1917-11-07T04:00&feature=smolny');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('place-card')).toBeVisible();

    await page.clock.fastForward(89_000);
    await expect(page.getByTestId('kiosk-prompt')).toHaveCount(0);
    await page.clock.fastForward(2_000);
    await expect(page.getByTestId('kiosk-prompt')).toBeVisible();
    await expect(page.getByTestId('kiosk-prompt')).toContainText('Are you still there?');

    await page.clock.fastForward(21_000);
    await expect(page.getByTestId('kiosk-prompt')).toHaveCount(0);
    await expect(page.getByTestId('kiosk-invite')).toBeVisible();
    // reset: default language, panels closed; the attract loop plays the first story
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByTestId('story')).toContainText('Шаг 1 из');
    await expect(page.getByTestId('place-card')).toHaveCount(0);
    const firstCaption = await page.getByTestId('story-caption').innerText();
    await page.clock.fastForward(9_500);
    await expect(page.getByTestId('story')).toContainText('Шаг 2 из');
    expect(await page.getByTestId('story-caption').innerText()).not.toBe(firstCaption);
    // the language buttons stay on screen during the loop
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();

    await page.mouse.click(300, 400);
    await expect(page.getByTestId('kiosk-invite')).toHaveCount(0);
    await page.clock.fastForward(20_000);
    await expect(page.getByTestId('story')).toContainText('Шаг 2 из'); // the loop stopped
  });

  test('a touch during the prompt carries on where the visitor was', async ({ page }) => {
    await page.clock.install();
    await page.goto('./?kiosk&idle=30&prompt=20&lang=en&t=1917-11-07T04:00');
    await waitForMapIdle(page);
    await page.clock.fastForward(31_000);
    await expect(page.getByTestId('kiosk-prompt')).toBeVisible();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await expect(page.getByTestId('kiosk-prompt')).toHaveCount(0);
    await expect(page.getByTestId('clock')).toHaveText('25 Oct (7 Nov) 1917, 04:00');
  });

  test('is made for fingers: big targets, no text selection, no context menu', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?kiosk&lang=en');
    await waitForMapIdle(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, summary, [role="slider"]')]
        .filter((element) => element.offsetParent !== null && element.getAttribute('aria-hidden') !== 'true')
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 47.5 || box.width < 47.5))
        .map(({ element, box }) => `${element.tagName} "${element.textContent?.slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    const style = await page.evaluate(() => getComputedStyle(document.documentElement));
    expect(style).toBeTruthy();
    expect(await page.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none');
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('.side-panel')?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
  });

  test('recovers from a lost WebGL context, restored or not', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    const loseContext = (restore: boolean) =>
      page.evaluate(async (restore) => {
        const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
        const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
        const extension = gl?.getExtension('WEBGL_lose_context');
        if (!extension) throw new Error('no WEBGL_lose_context');
        extension.loseContext();
        await new Promise((done) => setTimeout(done, 300));
        if (restore) extension.restoreContext();
      }, restore);

    await loseContext(true);
    await expect(page.getByTestId('map')).not.toHaveAttribute('data-context-lost', 'true');
    await page.evaluate(() => (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap.triggerRepaint());
    await waitForMapIdle(page);
    expect(await distinctMapColours(page)).toBeGreaterThan(20);

    // lost for good: the map is rebuilt from scratch after a few seconds
    await loseContext(false);
    await expect(page.getByTestId('map')).toHaveAttribute('data-context-lost', 'true');
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', { timeout: 30_000 });
    await expect(page.getByTestId('map')).not.toHaveAttribute('data-context-lost', 'true');
    await expect
      .poll(() => distinctMapColours(page), { timeout: 30_000 })
      .toBeGreaterThan(20);
  });

  test('touch only, portrait 1080×1920: both guided stories from start to end', async ({ browser, baseURL }) => {
    const { page, context, guard } = await openPage(browser, baseURL, { viewport: { width: 1080, height: 1920 }, hasTouch: true, isMobile: true });
    await page.goto('./?kiosk&lang=en');
    await waitForMapIdle(page);
    for (const story of ['lenin-walk', 'bridges']) {
      await page.locator(`[data-story="${story}"]`).tap();
      const progress = page.getByTestId('story').locator('.story-progress');
      await expect(progress).toContainText('Step 1 of');
      const total = Number((await progress.innerText()).match(/of (\d+)/)?.[1]);
      expect(total).toBeGreaterThan(3);
      const captions = new Set<string>();
      const clocks = new Set<string>();
      for (let step = 1; step <= total; step += 1) {
        await expect(progress).toContainText(`Step ${step} of ${total}`);
        captions.add(await page.getByTestId('story-caption').innerText());
        clocks.add(await page.getByTestId('clock').innerText());
        if (step < total) await page.getByTestId('story-next').tap();
      }
      expect(captions.size).toBe(total);
      expect(clocks.size).toBeGreaterThan(2);
      await page.getByRole('button', { name: 'End story' }).tap();
    }
    // the camera went where the last story ended and stays within the city
    const center = await mapCenter(page);
    expect(metres(center, { lon: 30.33, lat: 59.945 })).toBeLessThan(15_000);
    expect(guard.foreignRequests).toEqual([]);
    await context.close();
  });

  test('after one visit it reloads and works with the network gone', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    // the worker is active once it has precached everything
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
    await context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    expect(await distinctMapColours(page)).toBeGreaterThan(20);
    await expect(page.getByTestId('clock')).toHaveText('24 Oct (6 Nov) 1917, 21:00');
    await context.close();
  });
});
