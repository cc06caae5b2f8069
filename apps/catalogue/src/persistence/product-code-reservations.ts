import type { PoolClient } from 'pg';
import { ProductCodeTaken } from '../domain/product/product-errors';

/**
 * Reserves a product code inside the transaction that appends ProductRegistered. The primary key decides
 * between concurrent registrations: the second one waits for the first to commit, then inserts nothing
 * and is refused, so no check-then-act window exists.
 */
export async function reserveProductCode(client: PoolClient, code: string, productId: string): Promise<void> {
  const inserted = await client.query(
    `INSERT INTO product_code_reservations (code, product_id) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`,
    [code, productId],
  );
  if (inserted.rowCount !== 1) throw new ProductCodeTaken(code);
}
