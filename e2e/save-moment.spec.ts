/**
 * "Save this moment": a PNG at least 1600 px wide that decodes, with the map and, around it, drawn
 * texts (clock, legend, caption, sources); nothing requested outside the origin (the fixture fails
 * the test on any such request). Printing shows the same picture alone.
 */
import { readFile } from 'node:fs/promises';
import { expect, pngBands, test, waitForMapIdle } from './fixtures.ts';

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('save this moment', () => {
  test('downloads a PNG of the map with the clock, legend, caption and sources', async ({ page }) => {
    await page.goto('./?lang=ru&story=lenin-walk&step=4');
    await waitForMapIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-moment').click()]);
    expect(download.suggestedFilename()).toMatch(/^petrograd-1917_1917-11-\d\dT\d\d-\d\d_ru\.png$/);
    const png = await readFile(await download.path());
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1600);
    expect(height).toBeGreaterThan(width * 0.6);
    // the header (title and clock), the map, and the legend, caption and sources below it
    const [header, map, below] = await pngBands(page, png, [
      [0, 0.07],
      [0.3, 0.5],
      [0.75, 0.95],
    ]);
    expect(header?.ink, 'the header has text').toBeGreaterThan(0.01);
    expect(map?.colours, 'the map was drawn, not left blank').toBeGreaterThan(40);
    expect(below?.ink, 'legend, caption and sources have text').toBeGreaterThan(0.01);
    await expect(page.getByRole('status').filter({ hasText: 'Изображение сохранено' })).toHaveCount(1);
  });

  test('the print stylesheet shows only the picture of the moment', async ({ page }) => {
    await page.goto('./?lang=en&t=1917-11-07T04:00');
    await waitForMapIdle(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('.print-moment img')).toHaveAttribute('src', /^data:image\/png;base64,/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#root')).toBeHidden();
    await expect(page.locator('.print-moment img')).toBeVisible();
    const size = await page.locator('.print-moment img').evaluate((image: HTMLImageElement) => image.naturalWidth);
    expect(size).toBeGreaterThanOrEqual(1600);
  });
});
