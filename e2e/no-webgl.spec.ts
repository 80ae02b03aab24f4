/**
 * A browser with no WebGL gets a message in its own language with no link anywhere, and the map as
 * text one press away (Chromium started with WebGL turned off).
 */
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, findChromium } from '../src/tools/chromium.ts';
import { expect, test } from './fixtures.ts';

test.use({
  launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2'] },
});

test.describe('without WebGL', () => {
  test('says so in the visitor\'s language, links nowhere, and keeps the map as text', async ({ page }) => {
    await page.goto('./?lang=ru&t=1917-11-07T04:00');
    const notice = page.getByTestId('no-map');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading')).toHaveText('Карту здесь нарисовать нельзя');
    await expect(notice).toContainText('WebGL');
    await expect(page.getByTestId('map')).toHaveCount(0);
    // not MapLibre's English message, and no way out of the app
    await expect(page.locator('body')).not.toContainText(/Failed to initialize|WebGL context|maplibre|Something went wrong|Что-то пошло не так/i);
    await expect(notice.locator('a')).toHaveCount(0);

    await notice.getByRole('button', { name: 'Показать карту текстом' }).click();
    const cityText = page.locator('details.city-text');
    await expect(cityText).toHaveAttribute('open', '');
    await expect(cityText.locator('summary')).toBeFocused();
    await expect(cityText).toContainText('Николаевский мост');
    // the list of events does not wait for a map that will never be drawn
    await expect(page.getByTestId('event-items')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('event-items').locator('li').first()).toBeAttached();
    // the slider still drives the text
    await expect(page.getByTestId('clock')).toContainText('25 окт. (7 нояб.) 1917, 04:00');

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
