import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { apiAs, signIn, unique } from './support/console';

const screenshots = path.join(__dirname, '.output', 'screenshots');

async function expectNoSeriousViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

// axe with the WCAG 2 A and AA rules on every screen of the console; the suite also keeps a screenshot of
// each (the README's portfolio picture is the portfolio one, copied by `npm run console:screenshot`).
test('every screen passes axe (WCAG 2 A and AA) without serious or critical findings', async ({ page }) => {
  fs.mkdirSync(screenshots, { recursive: true });
  const me = unique('pm').toLowerCase();
  const api = await apiAs(me);
  const line = await api.createLine(unique('Axe line '));
  const products = [];
  for (const [code, name] of [
    [unique('CRM'), 'CRM Suite'],
    [unique('PAY'), 'Payments Hub'],
    [unique('ANA'), 'Insight Analytics'],
  ] as const) {
    products.push(await api.registerProduct({ code, name, productLineId: line.productLineId }));
  }
  for (const product of products) await api.portfolioHas(product.productId, line.productLineId);

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sign-in');
  await page.screenshot({ path: path.join(screenshots, 'sign-in.png') });

  await signIn(page, me);
  await page.goto(`/portfolio?line=${line.productLineId}`);
  await expect(page.getByRole('link', { name: 'Payments Hub' })).toBeVisible();
  await expectNoSeriousViolations(page, 'portfolio');
  await page.screenshot({ path: path.join(screenshots, 'portfolio.png') });

  await page.goto('/portfolio?asOf=2020-01-31');
  await expect(page.getByRole('status').filter({ hasText: 'as it stood' })).toBeVisible();
  await expectNoSeriousViolations(page, 'portfolio as of');

  for (const tab of ['', '/lifecycle', '/history']) {
    await page.goto(`/products/${products[0]!.productId}${tab}`);
    await expect(page.getByRole('heading', { name: 'CRM Suite' })).toBeVisible();
    await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0);
    await expectNoSeriousViolations(page, `product${tab || '/overview'}`);
    await page.screenshot({
      path: path.join(screenshots, `product${tab.replace('/', '-') || '-overview'}.png`),
      fullPage: true,
    });
  }

  await page.goto('/products/new');
  await expect(page.getByRole('heading', { name: 'Register a product' })).toBeVisible();
  await expectNoSeriousViolations(page, 'register product');
  await page.goto('/product-lines/new');
  await expect(page.getByRole('heading', { name: 'Create a product line' })).toBeVisible();
  await expectNoSeriousViolations(page, 'create product line');

  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Find a product' }).fill('Payments');
  await expect(page.getByRole('button', { name: /Payments Hub/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'command palette');
  await page.getByRole('button', { name: /Payments Hub/ }).click();
  await expect(page.getByRole('heading', { name: 'Payments Hub' })).toBeVisible();
});
