import { expect, test } from '@playwright/test';
import { apiAs, signIn, unique } from './support/console';

// Two people edit the same product: the second save fails If-Match and says so, with the current values.
test('a stale edit opens the conflict dialog, with compare and reload', async ({ browser }) => {
  const [alice, bob] = [unique('alice').toLowerCase(), unique('bob').toLowerCase()];
  const api = await apiAs(alice);
  const line = await api.createLine(unique('Conflict line '));
  const { productId } = await api.registerProduct({
    code: unique('C'),
    name: 'Before',
    productLineId: line.productLineId,
  });
  // Both may change the product: Alice owns it, Bob manages it with her.
  await api.addStakeholder(productId, bob, 'product_management');

  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(pageA, alice);
  await signIn(pageB, bob);
  await pageA.goto(`/products/${productId}`);
  await pageB.goto(`/products/${productId}`);
  await expect(pageA.getByLabel('Name')).toHaveValue('Before');
  await expect(pageB.getByLabel('Name')).toHaveValue('Before');

  await pageA.getByLabel('Name').fill('Alice was here');
  await pageA.getByRole('button', { name: 'Save changes' }).click();
  await expect(pageA.getByRole('heading', { name: 'Alice was here' })).toBeVisible();

  await pageB.getByLabel('Name').fill('Bob was here');
  await pageB.getByRole('button', { name: 'Save changes' }).click();
  const dialog = pageB.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Compare' }).click();
  const comparison = dialog.getByRole('row').filter({ hasText: 'Name' });
  await expect(comparison).toContainText('Bob was here');
  await expect(comparison).toContainText('Alice was here');
  await dialog.getByRole('button', { name: 'Reload' }).click();
  await expect(dialog).toBeHidden();
  await expect(pageB.getByLabel('Name')).toHaveValue('Alice was here');
  await Promise.all([first.close(), second.close()]);
});
