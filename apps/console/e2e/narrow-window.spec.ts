import { expect, test } from '@playwright/test';
import { apiAs, signIn, unique } from './support/console';

// A narrow window (a laptop split screen, a tablet): the portfolio with Mine on and a product page with a
// product_management stakeholder fit without a page-wide horizontal scroll (wide tables scroll in place).
test.use({ viewport: { width: 640, height: 900 } });

test('the portfolio (Mine) and a product page fit a narrow window', async ({ page }) => {
  const me = unique('narrow').toLowerCase();
  const api = await apiAs(me);
  const line = await api.createLine(unique('Narrow line '));
  const { productId } = await api.registerProduct({
    code: unique('N'),
    name: 'Narrow product',
    productLineId: line.productLineId,
  });
  await api.addStakeholder(productId, unique('pm').toLowerCase(), 'product_management');
  await signIn(page, me);

  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto(`/portfolio?mine=1&line=${line.productLineId}`);
  await expect(page.getByRole('row').filter({ hasText: 'Narrow product' })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({
    path: 'apps/console/e2e/.output/screenshots/narrow-portfolio-mine.png',
    fullPage: true,
  });
  expect(await pageWidth()).toBeLessThanOrEqual(0);

  await page.goto(`/products/${productId}`);
  await expect(page.getByRole('cell', { name: 'Product management', exact: true })).toBeVisible();
  await page.screenshot({ path: 'apps/console/e2e/.output/screenshots/narrow-product.png', fullPage: true });
  expect(await pageWidth()).toBeLessThanOrEqual(0);
});
