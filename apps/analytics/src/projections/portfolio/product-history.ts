import type { PoolClient } from 'pg';

export interface ProductAttributes {
  readonly code: string;
  readonly name: string;
  readonly lineId: string;
  readonly ownerId: string;
  readonly kind: string;
  readonly market: string;
  readonly status: 'active' | 'retired';
}

/**
 * Records a change of a product's catalogue attributes: the current row of `portfolio_product_history`
 * ends at `at` and a new revision starts there, so `asOf` queries find the attributes valid at any instant.
 * `portfolio_products` holds the latest revision for the current portfolio.
 */
export async function recordProductRevision(
  client: PoolClient,
  productId: string,
  at: Date,
  change: Partial<ProductAttributes>,
): Promise<void> {
  const { rows } = await client.query<{
    revision: number;
    code: string;
    name: string;
    line_id: string;
    owner_id: string;
    kind: string;
    market: string;
    status: 'active' | 'retired';
  }>(
    `SELECT revision, code, name, line_id, owner_id, kind, market, status FROM portfolio_product_history
      WHERE product_id = $1 ORDER BY revision DESC LIMIT 1`,
    [productId],
  );
  const last = rows[0];
  const before: Partial<ProductAttributes> = last
    ? {
        code: last.code,
        name: last.name,
        lineId: last.line_id,
        ownerId: last.owner_id,
        kind: last.kind,
        market: last.market,
        status: last.status,
      }
    : {};
  const next = { ...before, ...change };
  if (!isComplete(next)) {
    throw new Error(`product ${productId} changed before it was registered (no history to extend)`);
  }
  if (last) {
    await client.query(
      `UPDATE portfolio_product_history SET valid_to = $3 WHERE product_id = $1 AND revision = $2`,
      [productId, last.revision, at],
    );
  }
  await client.query(
    `INSERT INTO portfolio_product_history (product_id, revision, valid_from, code, name, line_id, owner_id, kind, market, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      productId,
      (last?.revision ?? 0) + 1,
      at,
      next.code,
      next.name,
      next.lineId,
      next.ownerId,
      next.kind,
      next.market,
      next.status,
    ],
  );
  await client.query(
    `INSERT INTO portfolio_products (product_id, code, name, line_id, owner_id, kind, market, status, registered_at, retired_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $8 = 'retired' THEN $9::timestamptz END)
     ON CONFLICT (product_id) DO UPDATE SET
       code = EXCLUDED.code, name = EXCLUDED.name, line_id = EXCLUDED.line_id, owner_id = EXCLUDED.owner_id,
       kind = EXCLUDED.kind, market = EXCLUDED.market, status = EXCLUDED.status,
       registered_at = COALESCE(portfolio_products.registered_at, EXCLUDED.registered_at),
       retired_at = CASE WHEN EXCLUDED.status = 'retired' THEN COALESCE(portfolio_products.retired_at, $9) END`,
    [productId, next.code, next.name, next.lineId, next.ownerId, next.kind, next.market, next.status, at],
  );
}

function isComplete(attributes: Partial<ProductAttributes>): attributes is ProductAttributes {
  return ['code', 'name', 'lineId', 'ownerId', 'kind', 'market', 'status'].every(
    (key) => attributes[key as keyof ProductAttributes] !== undefined,
  );
}
