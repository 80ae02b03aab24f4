/**
 * Wherever people meet the map: a phone (portrait and landscape, touch), every desktop and kiosk
 * size, icons that never depend on a font's glyphs, and sources that read as a bibliography.
 */
import type { Browser, Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { expect, openPage, test, waitForMapIdle } from './fixtures.ts';

/** Media controls, arrows, geometric shapes, dingbats, emoji: characters many fonts lack. */
const PICTOGRAPH = /[\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]/u;

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

test.describe('icons', () => {
  test('no visible text uses a media-control or pictograph character, in either language', async ({ page }) => {
    for (const query of ['lang=en', 'lang=ru&feature=bridge-nikolaevsky&t=1917-11-07T04:00', 'lang=en&story=lenin-walk&step=3']) {
      await page.goto(`./?${query}`);
      await waitForMapIdle(page);
      await page.locator('.legend summary').click();
      const text = await visibleText(page);
      expect(text.match(PICTOGRAPH), query).toBeNull();
    }
    // the buttons still say what they do, and draw an icon
    const next = page.getByRole('button', { name: 'Next change' });
    await expect(next.locator('svg')).toHaveCount(1);
    await expect(page.getByTestId('play').locator('svg')).toHaveCount(1);
  });

  test('the check fails on a pictograph', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    await page.evaluate(() => document.querySelector('.clock')?.append(' ⏭'));
    expect((await visibleText(page)).match(PICTOGRAPH)).not.toBeNull();
  });
});

test.describe('sources', () => {
  test('read as a bibliography: the site by name, the address decoded, the full address on the link', async ({ page }) => {
    await page.goto('./?lang=en&feature=bridge-liteiny');
    await waitForMapIdle(page);
    const card = page.getByTestId('place-card');
    const link = card.getByRole('link', { name: 'Russian Wikipedia' });
    await expect(link).toHaveAttribute('href', /^https:\/\/ru\.wikipedia\.org\/wiki\/%D0%9B%D0%B8/);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(card.locator('.sources')).toContainText('ru.wikipedia.org/wiki/Литейный_мост');
    expect(await card.innerText()).not.toMatch(/%[0-9A-F]{2}/);
    // a book: author, then its title
    await expect(card.locator('.sources li').filter({ hasText: 'The Sealed Train' }).first()).toContainText(/^Michael Pearson\. The Sealed Train/);
  });

  test('in the kiosk, addresses are text only: nothing leads out of the exhibit', async ({ page }) => {
    await page.goto('./?kiosk&lang=en&feature=bridge-liteiny');
    await waitForMapIdle(page);
    const card = page.getByTestId('place-card');
    await expect(card.locator('.sources')).toContainText('Russian Wikipedia: ru.wikipedia.org/wiki/Литейный_мост');
    await expect(page.locator('.sources a')).toHaveCount(0);
  });
});

/** Every part of the element lies inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) problems.push(`${selector}: not shown`);
      else if (box.top < 0 || box.left < 0 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
        problems.push(`${selector} "${element.textContent?.slice(0, 30)}": ${JSON.stringify(box)} outside ${innerWidth}×${innerHeight}`);
      }
    }
    return problems;
  }, selector);
}

async function checkWholeLayout(page: Page, label: string) {
  const page_ = await page.evaluate(() => ({
    scrollW: document.documentElement.scrollWidth,
    scrollH: document.documentElement.scrollHeight,
    w: innerWidth,
    h: innerHeight,
  }));
  expect(page_.scrollW, `${label}: no sideways scroll`).toBeLessThanOrEqual(page_.w);
  expect(page_.scrollH, `${label}: no page scroll`).toBeLessThanOrEqual(page_.h);
  expect(await inViewport(page, '.chart-row'), label).toEqual([]);
  expect(await inViewport(page, '[data-testid="clock"]'), label).toEqual([]);
  expect(await inViewport(page, '[data-testid="time-slider"]'), label).toEqual([]);
  // the chart is not a scrolled box that hides rows (the cursor may overhang the last row by 3 px)
  const chart = await page.locator('.timeline-chart').evaluate((element) => [element.scrollHeight, element.clientHeight]);
  expect(chart[0], `${label}: chart rows hidden by scrolling`).toBeLessThanOrEqual((chart[1] ?? 0) + 4);
  const map = await page.getByTestId('map').boundingBox();
  expect(map?.height ?? 0, `${label}: room for the map`).toBeGreaterThan(page_.h * 0.35);
}

test.describe('desktop and kiosk sizes', () => {
  for (const { width, height, kiosk } of [
    { width: 1280, height: 720, kiosk: false },
    { width: 2560, height: 1440, kiosk: false },
    { width: 1280, height: 720, kiosk: true },
    { width: 1920, height: 1080, kiosk: true },
    { width: 1080, height: 1920, kiosk: true },
  ]) {
    test(`${kiosk ? 'kiosk' : 'desktop'} ${width}×${height} shows the whole chart, the slider and the clock, also with 15 rows`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?lang=ru${kiosk ? '&kiosk' : ''}`);
      await waitForMapIdle(page);
      expect(await page.locator('.chart-row').count()).toBeGreaterThanOrEqual(11);
      await checkWholeLayout(page, `${width}×${height}`);
      // the data may grow to about 15 rows: copy rows until there are 15, and check again
      await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.chart-row')];
        for (let i = rows.length; i < 15; i += 1) rows[0]?.parentElement?.append(rows[i % rows.length]!.cloneNode(true));
      });
      await checkWholeLayout(page, `${width}×${height}, 15 rows`);
    });
  }
});

/**
 * The mover labels drawn now, and those of them that MapLibre placed across an edge of the canvas
 * (their collision box meets the one-pixel frame around it) or whose marker lies outside it.
 */
async function moverLabelsAtEdges(page: Page): Promise<{ shown: string[]; cut: string[] }> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
    map.triggerRepaint();
    await map.once('idle');
    const { clientWidth: w, clientHeight: h } = map.getCanvas();
    const labels = (box?: [[number, number], [number, number]]) =>
      map.queryRenderedFeatures(box, { layers: ['movers-label', 'movers-label-resting'] }).map((feature) => ({
        id: String(feature.properties.mover),
        at: feature.geometry.type === 'Point' ? map.project(feature.geometry.coordinates as [number, number]) : null,
      }));
    const shown = labels();
    const frame: [[number, number], [number, number]][] = [[[0, 0], [1, h]], [[w - 1, 0], [w, h]], [[0, 0], [w, 1]], [[0, h - 1], [w, h]]];
    const cut = new Set(frame.flatMap((box) => labels(box).map((label) => label.id)));
    for (const label of shown) if (!label.at || label.at.x < 0 || label.at.x > w || label.at.y < 0 || label.at.y > h) cut.add(label.id);
    return { shown: [...new Set(shown.map((label) => label.id))], cut: [...cut] };
  });
}

test.describe('mover labels', () => {
  test('portrait kiosk 1080×1920: every mover label drawn lies inside the map, hour by hour, Kronstadt ships included', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto('./?kiosk&lang=en&t=1917-11-06T21:00');
    await waitForMapIdle(page);
    const slider = page.getByTestId('time-slider');
    const seen = new Set<string>();
    const problems: string[] = [];
    // every two hours from 6 Nov 21:00 to 8 Nov 09:00: the Aurora's night, the Kronstadt ships' window, the columns, the ministers
    for (let hour = 0; hour <= 36; hour += 2) {
      if (hour > 0) await slider.press('PageUp');
      if (hour > 0) await slider.press('PageUp');
      const clock = await page.getByTestId('clock').innerText();
      const { shown, cut } = await moverLabelsAtEdges(page);
      shown.forEach((id) => seen.add(id));
      if (cut.length > 0) problems.push(`${clock}: ${cut.join(', ')}`);
    }
    expect(problems, 'mover labels cut by the edge of the map').toEqual([]);
    expect([...seen]).toEqual(expect.arrayContaining(['aurora-cruise', 'kronstadt-ships', 'ministers']));
  });

  test('portrait kiosk 1080×1920 at the blank round (7 Nov 21:40): the Aurora is named, not hidden by the Kronstadt ships anchored beside her', async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto('./?kiosk&lang=ru&t=1917-11-07T21:40');
    await waitForMapIdle(page);
    const named = await page.evaluate(async () => {
      const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
      map.triggerRepaint();
      await map.once('idle');
      const at = (id: string, layers: string[]) => map.queryRenderedFeatures({ layers }).some((feature) => (feature.properties.id ?? feature.properties.mover) === id);
      return { aurora: at('aurora', ['point-labels']) };
    });
    // the Aurora's name wins the spot; the ships' name may yield (their card and the text still name them)
    expect(named.aurora, 'the Aurora labelled').toBe(true);
  });

  test('the check sees a label cut by the edge: the same kiosk at the camera it had before (HOME_VIEW)', async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto('./?kiosk&lang=en&t=1917-11-06T22:00&at=30.345,59.945,12.6');
    await waitForMapIdle(page);
    expect((await moverLabelsAtEdges(page)).cut).toContain('aurora-cruise');
  });
});

/** A touch phone of this size (its own context, watched like the fixture's pages). */
async function phone(browser: Browser, baseURL: string | undefined, width: number, height: number) {
  const { page, context, guard } = await openPage(browser, baseURL, { viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  return { page, context, foreign: guard.foreignRequests };
}

test.describe('phone', () => {
  test('portrait 390×844: the map fills the screen, time at the thumb, panels in a bottom sheet', async ({ browser, baseURL }) => {
    const { page, context, foreign } = await phone(browser, baseURL, 390, 844);
    await page.goto('./?lang=ru');
    await waitForMapIdle(page);
    // a phone widens its layout viewport to fit content that is too wide: compare with the screen
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(size, 'no sideways scroll').toEqual([390, 390]);
    const map = await page.getByTestId('map').boundingBox();
    expect(map?.width).toBe(390);
    expect(map?.height ?? 0).toBeGreaterThan(844 * 0.6);
    // the clock and the slider at the bottom, within the thumb's reach
    const slider = await page.getByTestId('time-slider').boundingBox();
    expect((slider?.y ?? 0) + (slider?.height ?? 0)).toBeGreaterThan(844 - 80);
    expect(await inViewport(page, '[data-testid="clock"]')).toEqual([]);

    // the sheet: closed, a button says so; a tap opens it
    const handle = page.getByTestId('sheet-handle');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('heading', { name: 'События' })).toBeHidden();
    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { name: 'Рассказы' })).toBeVisible();
    const half = await page.getByTestId('panels').boundingBox();

    // a drag upwards opens it further, a drag down closes it
    const box = await handle.boundingBox();
    if (!box) throw new Error('no handle');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step += 1) await page.mouse.move(x, y - step * 40);
    await page.mouse.up();
    await expect.poll(async () => (await page.getByTestId('panels').boundingBox())?.height ?? 0).toBeGreaterThan((half?.height ?? 0) + 100);
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('panels')).toHaveClass(/sheet-full/);
    await page.waitForTimeout(400); // the sheet's height eases into place
    const top = await handle.boundingBox();
    await page.mouse.move(x, (top?.y ?? 0) + 20);
    await page.mouse.down();
    for (let step = 1; step <= 12; step += 1) await page.mouse.move(x, (top?.y ?? 0) + 20 + step * 60);
    await page.mouse.up();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');

    // the keyboard: Enter opens, focus moves into the sheet, Escape closes and returns to the handle
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.locator('#sheet-body :focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect(handle).toBeFocused();
    // closed, its contents are out of the tab order
    await page.keyboard.press('Tab');
    await expect(page.locator('#sheet-body :focus')).toHaveCount(0);

    // choosing a place on the map opens its card in the sheet
    await page.goto('./?lang=ru&feature=bridge-nikolaevsky');
    await waitForMapIdle(page);
    await expect(page.getByTestId('sheet-handle')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('place-card')).toBeVisible();
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('portrait 390×844: the live summary is read out while the sheet is closed', async ({ browser, baseURL }) => {
    const { page, context, foreign } = await phone(browser, baseURL, 390, 844);
    await page.goto('./?lang=ru&t=1917-11-06T21:00');
    await waitForMapIdle(page);
    await expect(page.getByTestId('sheet-handle')).toHaveAttribute('aria-expanded', 'false');
    const live = page.getByTestId('live-summary');
    await expect(live).toHaveCount(1);
    await expect(live).toHaveAttribute('aria-live', 'polite');
    // in the accessibility tree: nothing around it is display:none, aria-hidden, inert or a closed <details>
    const hiddenBy = await live.evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (getComputedStyle(node).display === 'none') return `display:none on ${node.className || node.tagName}`;
        if (node.getAttribute('aria-hidden') === 'true') return `aria-hidden on ${node.className || node.tagName}`;
        if (node.hasAttribute('inert')) return `inert on ${node.className || node.tagName}`;
        if (node !== element && node instanceof HTMLDetailsElement && !node.open) return `inside a closed <details>`;
      }
      return null;
    });
    expect(hiddenBy).toBeNull();
    expect(await page.locator('#sheet-body [aria-live]').count(), 'no live region inside the closed sheet').toBe(0);
    // a change of time with the sheet still closed is read out
    await page.getByTestId('time-slider').focus();
    await page.keyboard.press('PageUp');
    await expect(live).toHaveText(/^Изменилось: .+/);
    await expect(page.getByTestId('sheet-handle')).toHaveAttribute('aria-expanded', 'false');
    // and again once the sheet is open
    await page.getByTestId('sheet-handle').tap();
    const before = await live.innerText();
    await page.getByRole('button', { name: 'Следующее изменение' }).tap();
    await expect(live).not.toHaveText(before);
    await expect(live).toHaveText(/^Изменилось: .+/);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('landscape 844×390: no sideways scroll, the slider and the sheet both reachable', async ({ browser, baseURL }) => {
    const { page, context, foreign } = await phone(browser, baseURL, 844, 390);
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth, document.documentElement.scrollHeight, innerHeight]);
    expect(size, 'no sideways or page scroll').toEqual([844, 844, 390, 390]);
    expect(await inViewport(page, '[data-testid="time-slider"]')).toEqual([]);
    expect(await inViewport(page, '[data-testid="clock"]')).toEqual([]);
    const map = await page.getByTestId('map').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(390 * 0.5);
    await page.getByTestId('sheet-handle').tap();
    await expect(page.getByRole('heading', { name: 'Guided stories' })).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth])).toEqual([844, 844]);
    expect(await inViewport(page, '[data-testid="panels"]')).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
