import { expect, test, waitForMapIdle } from './fixtures.ts';
import { featureState, leninOnMap, mapCenter, metres } from './helpers.ts';
import type { APIRequestContext } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';

interface Geo {
  features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[];
}

/** How many events the served timeline holds. */
async function eventCount(request: APIRequestContext): Promise<number> {
  return ((await (await request.get('geo/timeline.json')).json()) as { events: unknown[] }).events.length;
}

test.describe('the time slider', () => {
  test("plays Lenin's walk: he crosses the Liteiny Bridge while it is lowered and ends at Smolny", async ({ page, request }) => {
    const bridges = (await (await request.get('geo/bridges.geojson')).json()) as Geo;
    const liteiny = bridges.features.find((f) => f.properties.id === 'bridge-liteiny')!.geometry.coordinates as [number, number][];
    const bridgeMiddle = {
      lon: (liteiny[0]![0] + liteiny.at(-1)![0]) / 2,
      lat: (liteiny[0]![1] + liteiny.at(-1)![1]) / 2,
    };
    const route = (await (await request.get('geo/lenin-route.geojson')).json()) as Geo;
    const [smolnyLon, smolnyLat] = route.features.find((f) => f.properties.id === 'wp-smolny')!.geometry.coordinates as [number, number];

    await page.goto('./?lang=en&t=1917-11-06T21:00');
    await waitForMapIdle(page);
    expect((await leninOnMap(page))?.status).toBe('at-flat');
    // slowly enough that a slow software-rendered frame cannot skip the bridge
    await page.getByRole('button', { name: '5 min/s', exact: true }).click();
    await page.getByTestId('play').click();

    let sawOnBridge = false;
    let sawStreetcar = false;
    const deadline = Date.now() + 50_000;
    while (Date.now() < deadline) {
      const lenin = await leninOnMap(page);
      if (lenin?.status === 'streetcar') sawStreetcar = true;
      if (lenin && metres(lenin, bridgeMiddle) < 150) {
        sawOnBridge = true;
        expect(await featureState(page, 'bridges', 'bridge-liteiny')).toMatchObject({ bridge: 'lowered' });
      }
      if (lenin?.status === 'at-smolny') break;
      await page.waitForTimeout(40);
    }
    await page.getByTestId('play').click();
    const end = await leninOnMap(page);
    expect(sawStreetcar).toBe(true);
    expect(sawOnBridge).toBe(true);
    expect(end?.status).toBe('at-smolny');
    expect(metres(end!, { lon: smolnyLon, lat: smolnyLat })).toBeLessThan(5);
  });

  test('at 7 November 04:00 the Nikolaevsky Bridge is lowered and held by the MRC', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-07T04:00&feature=bridge-nikolaevsky');
    await waitForMapIdle(page);
    await expect(page.getByTestId('clock')).toHaveText('25 Oct (7 Nov) 1917, 04:00');
    expect(await featureState(page, 'bridges', 'bridge-nikolaevsky')).toMatchObject({ bridge: 'lowered', control: 'mrc' });
    await expect(page.getByTestId('place-state')).toContainText('held by the Military Revolutionary Committee, lowered');
    // and before the sailors lowered it, it was raised and held by the government
    await page.getByRole('slider').focus();
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('clock')).toHaveText('25 Oct (7 Nov) 1917, 03:00');
    await expect.poll(() => featureState(page, 'bridges', 'bridge-nikolaevsky')).toMatchObject({ bridge: 'raised' });
    await expect(page.getByTestId('place-state')).toContainText('raised');
  });

  test('a deep link reopens the same view, and Back and Forward work', async ({ page }) => {
    const link = './?t=1917-11-06T22:30&lang=ru&feature=smolny&story=lenin-walk&step=6&at=30.3600,59.9500,14.00';
    await page.goto(link);
    await waitForMapIdle(page);
    await expect(page.getByTestId('clock')).toHaveText('24 окт. (6 нояб.) 1917, 22:30');
    await expect(page.getByTestId('place-card').getByRole('heading', { level: 2 })).toHaveText('Смольный институт');
    await expect(page.getByTestId('story')).toContainText('Шаг 6 из');
    const center = await mapCenter(page);
    expect(metres(center, { lon: 30.36, lat: 59.95 })).toBeLessThan(50);
    expect(center.zoom).toBeCloseTo(14, 1);

    await page.getByTestId('story-next').click();
    await expect(page.getByTestId('story')).toContainText('Шаг 7 из');
    await expect(page).toHaveURL(/step=7/);
    await page.goBack();
    await expect(page).toHaveURL(/step=6/);
    await expect(page.getByTestId('story')).toContainText('Шаг 6 из');
    await page.goForward();
    await expect(page.getByTestId('story')).toContainText('Шаг 7 из');
  });

  test('bad URL values fall back to defaults without an error', async ({ page, guard }) => {
    await page.goto('./?t=1917-13-40T99:99&lang=xx&feature=<b>x</b>&story=nope&at=1,2,3');
    await waitForMapIdle(page);
    await expect(page.getByTestId('clock')).toContainText('1917');
    await expect(page.getByTestId('place-card')).toHaveCount(0);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('switches language everywhere at once', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-07T04:00');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.getByTestId('clock')).toHaveText('25 окт. (7 нояб.) 1917, 04:00');
    await expect(page.getByRole('heading', { name: 'События' })).toBeVisible();
    await expect(page.getByRole('slider')).toHaveAttribute('aria-valuetext', /по старому стилю/);
    await expect(page).toHaveURL(/lang=ru/);
    await page.goBack();
    await expect(page.getByTestId('clock')).toHaveText('25 Oct (7 Nov) 1917, 04:00');
  });

  test('a drag shows on the map and the clock at once; the side panel follows when the slider rests', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-07T03:00&feature=bridge-nikolaevsky');
    await waitForMapIdle(page);
    await expect(page.getByTestId('place-state')).toContainText('raised');
    const minutes = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10), +iso.slice(11, 13), +iso.slice(14, 16)) / 60_000;
    // one move of a drag, and what the page shows in the same task, before any timer could run
    const during = await page.evaluate((value) => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid="time-slider"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(slider, String(value));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
      return {
        bridge: (map.getFeatureState({ source: 'bridges', id: 'bridge-nikolaevsky' }) as { bridge?: string }).bridge,
        clock: document.querySelector('[data-testid="clock"]')?.textContent,
        card: document.querySelector('[data-testid="place-state"]')?.textContent,
        spoken: slider.getAttribute('aria-valuetext'),
      };
    }, minutes('1917-11-07T04:00'));
    expect(during.bridge).toBe('lowered');
    expect(during.clock).toBe('25 Oct (7 Nov) 1917, 04:00');
    expect(during.spoken).toContain('04:00');
    expect(during.card).toContain('raised'); // the panel waits for the slider to rest
    await expect(page.getByTestId('place-state')).toContainText('lowered');
    await expect(page).toHaveURL(/t=1917-11-07T04%3A00|t=1917-11-07T04:00/);

    // a jump moves the slider itself, the panel at once
    await page.getByRole('button', { name: 'Previous change' }).click();
    const clock = await page.getByTestId('clock').textContent();
    const value = Number(await page.getByTestId('time-slider').inputValue());
    expect(value).toBeLessThan(minutes('1917-11-07T04:00'));
    expect(clock).toContain(new Date(value * 60_000).toISOString().slice(11, 16));
  });

  test('while playing, the side panel follows about once a second and catches up when paused; the URL waits for the pause', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-06T21:00');
    await waitForMapIdle(page);
    const summary = page.locator('.city-text summary');
    const first = await summary.textContent();
    await page.getByRole('button', { name: '60 min/s', exact: true }).click();
    await page.getByTestId('play').click();
    // the panel moves while playback goes on, not only when it stops
    await expect(summary).not.toHaveText(first ?? '', { timeout: 5_000 });
    await expect(page.getByTestId('play')).toHaveAccessibleName('Pause');
    // the address bar is not rewritten every second while playback runs
    await page.waitForTimeout(600);
    expect(new URL(page.url()).searchParams.get('t')).toBe('1917-11-06T21:00');
    await page.getByTestId('play').click();
    const clock = (await page.getByTestId('clock').textContent()) ?? '';
    await expect(summary).toContainText(clock.slice(-5));
    // paused, it holds the moment shown (the clock's date is in both calendars: compare the time)
    await expect.poll(() => new URL(page.url()).searchParams.get('t')?.slice(-5)).toBe(clock.slice(-5));
  });

  test('everything works with the keyboard alone', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-06T12:00');
    await waitForMapIdle(page);
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('clock')).toHaveText('24 Oct (6 Nov) 1917, 12:01');
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('clock')).toHaveText('24 Oct (6 Nov) 1917, 13:01');
    await page.keyboard.press('End');
    await expect(page.getByTestId('clock')).toHaveText('27 Oct (9 Nov) 1917, 06:00');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('clock')).toHaveText('24 Oct (6 Nov) 1917, 00:00');

    // next change, by Tab and Enter only
    await page.keyboard.press('Shift+Tab'); // from the slider back to the last speed/mode buttons
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Next change')) && guard++ < 12) {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('clock')).not.toHaveText('24 Oct (6 Nov) 1917, 00:00');

    // a guided story, started and stepped with the keyboard
    const story = page.locator('[data-story="lenin-walk"]');
    await story.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('story')).toContainText('Step 1 of');
    await page.getByTestId('story-next').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('story')).toContainText('Step 2 of');

    // the text equivalent opens with the keyboard and a place in it opens its card
    const summary = page.locator('.city-text summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.locator('.city-text').getByRole('button', { name: 'Liteiny (Alexandrovsky) Bridge' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('place-card').getByRole('heading', { level: 2 })).toHaveText('Liteiny (Alexandrovsky) Bridge');
  });

  test('the list of events below the fold waits for the map, but not for a visitor who scrolls to it', async ({ page, request }) => {
    const events = await eventCount(request);
    // the glyphs held back: the map cannot finish its first picture
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/fonts/**', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('./?lang=en&t=1917-11-07T02:00');
    const items = page.getByTestId('event-items');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(1);
    await expect(page.getByTestId('clock')).toContainText('02:00');
    expect(await items.evaluate((list) => list.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await expect(items).toHaveAttribute('aria-busy', 'true');
    await expect(items.locator(':scope > li')).toHaveCount(0);

    await page.locator('#events-title').scrollIntoViewIfNeeded();
    await expect(items.locator(':scope > li')).toHaveCount(events);
    await expect(items).toHaveAttribute('aria-busy', 'false');
    // the visitor brought it, not the map: that is still waiting for its glyphs
    await expect(page.getByTestId('map')).not.toHaveAttribute('data-map-idle', 'true');
    release();
    await waitForMapIdle(page);
  });

  test('the list of events is built once the map has drawn, though nobody scrolled to it', async ({ page, request }) => {
    const events = await eventCount(request);
    await page.goto('./?lang=en&t=1917-11-07T02:00');
    await waitForMapIdle(page);
    const items = page.getByTestId('event-items');
    await expect(items.locator(':scope > li')).toHaveCount(events);
    await expect(items).toHaveAttribute('aria-busy', 'false');
    expect(await items.evaluate((list) => list.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  });

  test('choosing an event moves the slider to it', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-06T00:00');
    await waitForMapIdle(page);
    const event = page.locator('.event-list .event-head').filter({ hasText: 'Aurora' }).first();
    // textContent, not innerText: list items off screen skip rendering (content-visibility: auto)
    const time = (await event.locator('.event-time').textContent()) ?? '';
    await event.click();
    const clockTime = time.match(/\d\d:\d\d/)?.[0];
    expect(clockTime).toBeTruthy();
    await expect(page.getByTestId('clock')).toContainText(clockTime!);
  });
});
