import type { PoolClient } from 'pg';
import type { ProductLineAvailability } from '../domain/product/product-line-availability';

/**
 * The write-side row per product line that product commands and archiving meet on. Each function runs
 * inside the caller's transaction; `lock*` takes the row lock that serialises them, so "archive only an
 * empty line" and "no product enters an archived line" hold under concurrency.
 */
export interface LineOccupancy {
  readonly archived: boolean;
  readonly activeProducts: number;
}

export async function openLineOccupancy(client: PoolClient, productLineId: string): Promise<void> {
  await client.query(
    `INSERT INTO product_line_occupancy (product_line_id) VALUES ($1) ON CONFLICT DO NOTHING`,
    [productLineId],
  );
}

/** Locks the lines' rows in a fixed order (no deadlock between two moves in opposite directions). */
export async function lockLineOccupancy(
  client: PoolClient,
  productLineIds: readonly string[],
): Promise<Map<string, LineOccupancy>> {
  const ids = [...new Set(productLineIds)].sort();
  const rows = await client.query<{ product_line_id: string; archived: boolean; active_products: number }>(
    `SELECT product_line_id, archived, active_products FROM product_line_occupancy
      WHERE product_line_id = ANY($1::uuid[]) ORDER BY product_line_id FOR NO KEY UPDATE`,
    [ids],
  );
  return new Map(
    rows.rows.map((row) => [
      row.product_line_id,
      { archived: row.archived, activeProducts: row.active_products },
    ]),
  );
}

export function availabilityOf(occupancy: LineOccupancy | undefined): ProductLineAvailability {
  if (!occupancy) return 'unknown';
  return occupancy.archived ? 'archived' : 'active';
}

export async function countProductsIn(
  client: PoolClient,
  productLineId: string,
  delta: 1 | -1,
): Promise<void> {
  await client.query(
    `UPDATE product_line_occupancy SET active_products = active_products + $2 WHERE product_line_id = $1`,
    [productLineId, delta],
  );
}

export async function markLineArchived(client: PoolClient, productLineId: string): Promise<void> {
  await client.query(`UPDATE product_line_occupancy SET archived = true WHERE product_line_id = $1`, [
    productLineId,
  ]);
}
