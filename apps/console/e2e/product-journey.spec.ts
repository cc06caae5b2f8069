import { expect, test } from '@playwright/test';
import { signIn, unique } from './support/console';

// The newcomer's path: sign in, create a line and a product through the forms (a mistake first, shown on
// its field), find the product on the portfolio, open it, plan a version, read the history.
test('sign in, register a product through the form, see it on the portfolio, plan a version, read the history', async ({
  page,
}) => {
  const me = unique('pm').toLowerCase();
  const lineName = unique('Line ');
  const code = unique('J');
  const productName = unique('Journey product ');
  await signIn(page, me);

  await page.getByRole('link', { name: 'New product line' }).click();
  await page.getByLabel('Name').fill(lineName);
  await page.getByRole('button', { name: 'Create product line' }).click();
  await expect(page.getByRole('heading', { name: 'Register a product' })).toBeVisible();

  await page.getByLabel('Code').fill('not a code!');
  await page.getByLabel('Name').fill(productName);
  await page.getByRole('combobox', { name: 'Product line' }).click();
  await page.getByRole('option', { name: lineName }).click();
  await page.getByRole('button', { name: 'Register product' }).click();
  // The catalogue's problem+json names the field; the form shows the message on it.
  await expect(page.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: 'Register product' }).click();
  await expect(page.getByRole('heading', { name: productName })).toBeVisible();
  const productUrl = page.url();

  await page.getByRole('link', { name: '← Portfolio' }).click();
  await page.getByRole('combobox', { name: 'Product line' }).click();
  await page.getByRole('option', { name: lineName }).click();
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText(productName);
  await expect(row).toContainText(lineName);
  await expect(row).toContainText(me);

  await row.getByRole('link', { name: productName }).click();
  expect(page.url()).toBe(productUrl);
  await page.getByRole('textbox', { name: 'Version', exact: true }).fill('1.0.0');
  await page.getByLabel('Target date').fill('2027-03-31');
  await page.getByLabel('Scope').fill('First release');
  await page.getByRole('button', { name: 'Plan version' }).click();
  await expect(page.getByRole('table', { name: 'Versions' })).toContainText('First release');

  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page).toHaveURL(/\/history$/);
  const history = page.getByRole('table', { name: 'History' });
  await expect(history).toContainText(`${me} planned version 1.0.0 for 2027-03-31: First release`);
  await expect(history).toContainText(`${me} registered the product ${code}`);
  await page.getByRole('switch', { name: 'Show raw event data' }).check();
  await expect(history).toContainText('"type": "VersionPlanned"');

  await page.getByRole('tab', { name: 'Lifecycle' }).click();
  await expect(
    page.getByRole('list', { name: 'Lifecycle timeline' }).or(page.getByText('Now in')),
  ).toBeVisible();
  await expect(page.getByText('Entered Innovation')).toBeVisible();
});
