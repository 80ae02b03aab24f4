import { expect, test } from './fixtures.ts';

test.describe('invalid data', () => {
  test('shows a readable error screen naming file, feature and field, never a blank map', async ({ page }) => {
    await page.route('**/geo/points.geojson', async (route) => {
      const response = await route.fetch();
      const collection = (await response.json()) as {
        features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
      };
      const station = collection.features.find((feature) => feature.properties.id === 'finland-station');
      if (!station) throw new Error('the shipped data has no finland-station');
      station.geometry.coordinates = [...station.geometry.coordinates].reverse();
      await route.fulfill({ response, json: collection });
    });
    await page.goto('./?lang=en');
    const screen = page.getByTestId('data-error');
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('heading')).toHaveText('The map data could not be read');
    await expect(screen).toContainText('points.geojson › finland-station › geometry.coordinates');
    await expect(screen).toContainText('looks like [lat, lon]');
    await expect(page.getByTestId('map')).toHaveCount(0);
  });

  test('names a file that could not be loaded', async ({ page }) => {
    await page.route('**/geo/timeline.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./?lang=ru');
    await expect(page.getByTestId('data-error')).toContainText('timeline.json: could not be loaded (HTTP 404)');
    await expect(page.getByTestId('data-error').getByRole('heading')).toHaveText('Не удалось прочитать данные карты');
  });
});
