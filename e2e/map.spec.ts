import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { distinctMapColours, expect, test, waitForMapIdle } from './fixtures.ts';

/** The strongholds whose names the map draws in the view now. */
function strongholdsNamed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
    return map.queryRenderedFeatures({ layers: ['stronghold-labels'] }).map((feature) => String(feature.properties.id));
  });
}

test.describe('the map', () => {
  test('draws Petrograd from its own data, with no request outside the origin', async ({ page, guard }) => {
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    expect(await distinctMapColours(page)).toBeGreaterThan(20);
    const sources = await page.evaluate(() => {
      const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
      return Object.keys(map.getStyle().sources).sort();
    });
    expect(sources).toEqual(['blocks', 'bridges', 'buildings', 'land', 'lenin', 'movers', 'parks', 'points', 'railways', 'route', 'streets', 'stronghold-labels', 'strongholds', 'water']);
    // the OpenStreetMap data is credited on the map itself, in the visitor's language (ODbL)
    await expect(page.getByTestId('map-credit')).toBeVisible();
    await expect(page.getByTestId('map-credit')).toContainText('© OpenStreetMap contributors (ODbL)');
    expect(guard.consoleErrors).toEqual([]);
  });

  test('names the Winter Palace once close up, not once per map tile it spans', async ({ page }) => {
    // at z17 the palace spans several tiles; labelled from its polygon, its name was drawn on each
    await page.goto('./?lang=en&t=1917-11-08T02:30&at=30.3138,59.9405,17');
    await waitForMapIdle(page);
    await expect.poll(() => strongholdsNamed(page)).toEqual(['winter-palace']);
  });

  test('names the Winter Palace in the kiosk\'s view of the whole city, at the blank round, in both languages', async ({ page }) => {
    // about z12.1: the markers round Palace Square crowd the spots above and below the palace
    await page.setViewportSize({ width: 1080, height: 1920 });
    for (const lang of ['ru', 'en']) {
      await page.goto(`./?kiosk&lang=${lang}&t=1917-11-07T21:40`);
      await waitForMapIdle(page);
      await expect.poll(() => strongholdsNamed(page), { message: lang }).toContain('winter-palace');
    }
  });

  test('labels the map in English and in Russian', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForMapIdle(page);
    const labels = () =>
      page.evaluate(() => {
        const map = (window as unknown as { __petrogradMap: MapLibreMap }).__petrogradMap;
        return map
          .queryRenderedFeatures({ layers: ['stronghold-labels', 'point-labels', 'water-labels', 'land-labels'] })
          .map((feature) => {
            // the label as drawn: the layer's text-field evaluated for this feature, not a property picked here
            const field = (feature.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
            if (typeof field === 'string') return field;
            const sections = (field as { sections?: { text: string }[] } | undefined)?.sections;
            return sections ? sections.map((section) => section.text).join('') : String(field);
          });
      });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(labels).toContain('Neva');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Петроград 1917');
    await waitForMapIdle(page);
    // the labels are drawn anew after the switch: wait for the frame that shows them
    await expect.poll(labels).toContain('Нева');
  });

  test('shows Old Style and New Style dates on the clock', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('.clock')).toHaveText('24 Oct (6 Nov) 1917, 21:00');
    const slider = page.getByRole('slider');
    await expect(slider).toHaveAttribute('aria-valuetext', '24 October Old Style, 6 November New Style, 1917, 21:00');
  });
});
