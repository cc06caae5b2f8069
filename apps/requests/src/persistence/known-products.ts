import type { PoolClient } from 'pg';
import type { ProductAvailability } from '../domain/request/product-availability';
import { versionIdentity } from '@product-ledger/contracts';

/**
 * The local product read model (see write-side-migrations.ts). Commands read a product with
 * `lockProductAvailability` (FOR SHARE, until their transaction ends); the catalogue and lifecycle
 * consumers write it, each change taking the row lock before the policy looks for requests.
 */
export async function lockProductAvailability(
  client: PoolClient,
  productId: string,
): Promise<ProductAvailability> {
  const { rows } = await client.query<{ status: Exclude<ProductAvailability, 'unknown'> }>(
    'SELECT status FROM known_products WHERE product_id = $1 FOR SHARE',
    [productId],
  );
  return rows[0]?.status ?? 'unknown';
}

export async function isVersionReleased(
  client: PoolClient,
  productId: string,
  version: string,
): Promise<boolean> {
  const { rowCount } = await client.query(
    'SELECT 1 FROM known_product_releases WHERE product_id = $1 AND version = $2',
    [productId, versionIdentity(version)],
  );
  return (rowCount ?? 0) > 0;
}

/** A product the catalogue registered; a withdrawal or retirement that arrived first is kept. */
export async function recordProductRegistered(
  client: PoolClient,
  product: { productId: string; code: string; name: string },
): Promise<void> {
  await client.query(
    `INSERT INTO known_products (product_id, code, name, status) VALUES ($1, $2, $3, 'active')
     ON CONFLICT (product_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, updated_at = now()`,
    [product.productId, product.code, product.name],
  );
}

export async function recordProductRenamed(
  client: PoolClient,
  productId: string,
  name: string,
): Promise<void> {
  await client.query('UPDATE known_products SET name = $2, updated_at = now() WHERE product_id = $1', [
    productId,
    name,
  ]);
}

export async function recordProductRetired(client: PoolClient, productId: string): Promise<void> {
  await client.query(
    `INSERT INTO known_products (product_id, status) VALUES ($1, 'retired')
     ON CONFLICT (product_id) DO UPDATE SET status = 'retired', updated_at = now()`,
    [productId],
  );
}

/** The lifecycle withdrew the product: it takes no requests (the catalogue retires it soon after). */
export async function recordProductWithdrawn(client: PoolClient, productId: string): Promise<void> {
  await client.query(
    `INSERT INTO known_products (product_id, status) VALUES ($1, 'withdrawn')
     ON CONFLICT (product_id) DO UPDATE
       SET status = CASE WHEN known_products.status = 'retired' THEN 'retired' ELSE 'withdrawn' END, updated_at = now()`,
    [productId],
  );
}

/** Records a release, first taking the product's row lock so accepting commands and this one serialize. */
export async function recordRelease(
  client: PoolClient,
  productId: string,
  version: string,
  releasedAt: string,
): Promise<void> {
  await client.query('UPDATE known_products SET updated_at = now() WHERE product_id = $1', [productId]);
  await client.query(
    `INSERT INTO known_product_releases (product_id, version, released_at) VALUES ($1, $2, $3)
     ON CONFLICT (product_id, version) DO NOTHING`,
    [productId, versionIdentity(version), releasedAt],
  );
}
