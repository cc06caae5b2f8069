import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { apiAs, signIn, unique } from './support/console';

test('a product registered elsewhere appears on an open portfolio without a reload', async ({ browser }) => {
  const watcher = unique('watcher').toLowerCase();
  const api = await apiAs(unique('pm').toLowerCase());
  const line = await api.createLine(unique('Live line '));
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, watcher, ['analyst']);
  await page.goto(`/portfolio?line=${line.productLineId}`);
  await expect(page.getByText('No product matches these filters')).toBeVisible();
  await expect(page.locator('html[data-live="connected"]')).toBeAttached();

  const name = unique('Arrived live ');
  await api.registerProduct({ code: unique('L'), name, productLineId: line.productLineId });
  await expect(page.getByRole('link', { name })).toBeVisible();
  await context.close();
});

test('CSV export holds exactly the rows and columns on screen', async ({ page }) => {
  const me = unique('pm').toLowerCase();
  const api = await apiAs(me);
  const line = await api.createLine(unique('Csv line '));
  const codes = [unique('A'), unique('B'), unique('C')];
  const products = [];
  for (const [i, code] of codes.entries()) {
    products.push(
      await api.registerProduct({
        code,
        name: `Csv product ${i}, "quoted"`,
        productLineId: line.productLineId,
      }),
    );
  }
  for (const product of products) await api.portfolioHas(product.productId, line.productLineId);

  await signIn(page, me);
  // The text filter leaves one of the three: the export has that one row, as the table shows it.
  await page.goto(`/portfolio?line=${line.productLineId}&q=${codes[0]}`);
  await expect(page.getByRole('row').filter({ hasText: codes[1]! })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: codes[0]! })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Code,Name,Line,Owner,Stage,Since,Latest version,Open requests,Accepted requests,Revenue (12 months),Active customers,NPS',
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${codes[0]},"Csv product 0, ""quoted""",`);
  expect(lines[1]).toContain(`,${me},`);
});

test('a deep link restores the filters, the sort, the grouping and the as-of date', async ({ page }) => {
  const me = unique('pm').toLowerCase();
  const api = await apiAs(me);
  const line = await api.createLine(unique('Deep line '));
  const [first, second] = [unique('D'), unique('E')];
  const a = await api.registerProduct({ code: first, name: 'Deep alpha', productLineId: line.productLineId });
  const b = await api.registerProduct({ code: second, name: 'Deep beta', productLineId: line.productLineId });
  await api.portfolioHas(a.productId, line.productLineId);
  await api.portfolioHas(b.productId, line.productLineId);
  await signIn(page, me);

  await page.goto(
    `/portfolio?line=${line.productLineId}&stage=innovation&owner=${me}&sort=code&desc=true&q=Deep`,
  );
  await expect(page.getByRole('combobox', { name: 'Product line' })).toHaveValue(/Deep line/);
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('Innovation');
  await expect(page.getByLabel('Owner')).toHaveValue(me);
  await expect(page.getByLabel('Find')).toHaveValue('Deep');
  await expect(page.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'descending');
  const codesShown = await page
    .getByRole('row')
    .filter({ hasText: 'Deep ' })
    .locator('td:first-child')
    .allInnerTexts();
  expect(codesShown).toEqual([first, second].sort().reverse());

  // Grouped by stage: analytics adds the line's products up per stage.
  await page.goto(`/portfolio?line=${line.productLineId}&group=stage`);
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('Stage');
  await expect(
    page.getByRole('table', { name: 'Portfolio by stage' }).getByRole('row', { name: /Innovation/ }),
  ).toContainText('2');

  // A date in the past: the banner says so, and the products registered today are not there yet.
  await page.goto(`/portfolio?line=${line.productLineId}&asOf=2020-01-31`);
  await expect(
    page.getByRole('status').filter({ hasText: 'The portfolio as it stood on 31 Jan 2020' }),
  ).toBeVisible();
  await expect(page.getByText('No product matches these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page).not.toHaveURL(/asOf=/);
  await expect(page.getByRole('link', { name: 'Deep alpha' })).toBeVisible();
});
