import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

export type Role =
  | 'admin'
  | 'product_manager'
  | 'gatekeeper'
  | 'contributor'
  | 'sales'
  | 'analyst'
  | 'integration'
  | 'viewer';

const consoleUrl = () => {
  const url = process.env.CONSOLE_E2E_URL;
  if (!url) throw new Error('CONSOLE_E2E_URL is not set: the global setup did not start the platform');
  return url;
};

/** Names unique to this run, so the suite can run again on a dirty machine and beside others. */
export function unique(prefix: string): string {
  return `${prefix}${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** Signs in through the development sign-in page, as a person would. */
export async function signIn(page: Page, name: string, roles: Role[] = ['product_manager']): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Your name').fill(name);
  const labels: Record<Role, string> = {
    admin: 'Administrator',
    product_manager: 'Product manager',
    gatekeeper: 'Gatekeeper',
    contributor: 'Contributor',
    sales: 'Sales',
    analyst: 'Analyst',
    integration: 'Integration',
    viewer: 'Viewer',
  };
  for (const [role, label] of Object.entries(labels) as [Role, string][]) {
    await page.getByRole('checkbox', { name: label, exact: true }).setChecked(roles.includes(role));
  }
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio' })).toBeVisible();
}

/** Seeds data through the public APIs behind the gateway, with a dev token for `name`. */
export async function apiAs(name: string, roles: Role[] = ['product_manager']) {
  const minted = await fetch(`${consoleUrl()}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, roles }),
  });
  const { token } = (await minted.json()) as { token: string };
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await fetch(`${consoleUrl()}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    call,
    createLine: (lineName: string) =>
      call<{ productLineId: string }>('POST', '/catalogue/product-lines', {
        name: lineName,
        description: 'Made by the browser suite',
      }),
    registerProduct: (product: { code: string; name: string; productLineId: string }) =>
      call<{ productId: string }>('POST', '/catalogue/products', {
        description: '',
        kind: 'software',
        market: 'b2b',
        ownerId: name,
        ...product,
      }),
    /** Makes `personId` one of the product's stakeholders in `role` (product_management: may change it). */
    addStakeholder: (productId: string, personId: string, role: string) =>
      call('POST', `/catalogue/products/${productId}/stakeholders`, { personId, role }),
    /** Waits until the lifecycle service has started the product's lifecycle; its id. */
    async lifecycleOf(productId: string): Promise<string> {
      let lifecycleId: string | undefined;
      await expect
        .poll(
          async () => {
            const page = await call<{ items: { lifecycleId: string; version: string | null }[] }>(
              'GET',
              `/lifecycle/lifecycles?productId=${productId}`,
            );
            lifecycleId = page.items.find((item) => item.version === null)?.lifecycleId;
            return lifecycleId !== undefined;
          },
          { timeout: 60_000 },
        )
        .toBe(true);
      return lifecycleId!;
    },
    /** Waits until analytics lists the product (its projection follows the catalogue through Kafka). */
    async portfolioHas(productId: string, lineId: string): Promise<void> {
      await expect
        .poll(
          async () => {
            const page = await call<{ products?: { productId: string }[] }>(
              'GET',
              `/analytics/analytics/portfolio?lineId=${lineId}`,
            );
            return page.products?.some((product) => product.productId === productId) ?? false;
          },
          { timeout: 60_000 },
        )
        .toBe(true);
    },
  };
}
