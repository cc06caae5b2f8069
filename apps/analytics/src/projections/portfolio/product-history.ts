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

/** The product's line before and after a revision (from: null when it had none, i.e. it was just registered). */
export interface ProductLineChange {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Records a change of a product's catalogue attributes: the current row of `portfolio_product_history`
 * ends at `at` and a new revision starts there, so `asOf` queries find the attributes valid at any instant.
 * `portfolio_products` holds the latest revision for the current portfolio.
 *
 * Every catalogue event the portfolio applies comes through here, so it is one prepared statement rather
 * than four ad-hoc ones (read, close, add, upsert): parsing and planning them took about 1.7 ms per event,
 * the prepared statement about 0.45 ms (bench/README.md, freshness). The data-modifying CTEs all see the
 * history as it was before the statement, and write nothing when the product has no complete attributes yet.
 * Returns the product's line before and after, so the caller can move its line rollups along.
 */
export async function recordProductRevision(
  client: PoolClient,
  productId: string,
  at: Date,
  change: Partial<ProductAttributes>,
): Promise<ProductLineChange> {
  const { rows } = await client.query<{
    recorded: number;
    previous_line_id: string | null;
    line_id: string | null;
  }>({
    // Prepared once per connection: planning this statement costs more than running it.
    name: 'analytics.record-product-revision',
    text: `WITH last AS (
       SELECT revision, code, name, line_id, owner_id, kind, market, status FROM portfolio_product_history
        WHERE product_id = $1 ORDER BY revision DESC LIMIT 1),
     next AS (
       SELECT l.revision AS last_revision, COALESCE(l.revision, 0) + 1 AS revision,
              COALESCE($3::text, l.code) AS code, COALESCE($4::text, l.name) AS name,
              COALESCE($5::uuid, l.line_id) AS line_id, COALESCE($6::text, l.owner_id) AS owner_id,
              COALESCE($7::text, l.kind) AS kind, COALESCE($8::text, l.market) AS market,
              COALESCE($9::text, l.status) AS status
         FROM (VALUES (1)) AS one (x) LEFT JOIN last l ON true),
     complete AS (
       SELECT * FROM next
        WHERE code IS NOT NULL AND name IS NOT NULL AND line_id IS NOT NULL AND owner_id IS NOT NULL
          AND kind IS NOT NULL AND market IS NOT NULL AND status IS NOT NULL),
     closed AS (
       UPDATE portfolio_product_history h SET valid_to = $2 FROM complete c
        WHERE h.product_id = $1 AND h.revision = c.last_revision),
     added AS (
       INSERT INTO portfolio_product_history (product_id, revision, valid_from, code, name, line_id, owner_id, kind, market, status)
       SELECT $1, revision, $2, code, name, line_id, owner_id, kind, market, status FROM complete),
     current AS (
       INSERT INTO portfolio_products (product_id, code, name, line_id, owner_id, kind, market, status, registered_at, retired_at)
       SELECT $1, code, name, line_id, owner_id, kind, market, status, $2,
              CASE WHEN status = 'retired' THEN $2::timestamptz END FROM complete
       ON CONFLICT (product_id) DO UPDATE SET
         code = EXCLUDED.code, name = EXCLUDED.name, line_id = EXCLUDED.line_id, owner_id = EXCLUDED.owner_id,
         kind = EXCLUDED.kind, market = EXCLUDED.market, status = EXCLUDED.status,
         registered_at = COALESCE(portfolio_products.registered_at, EXCLUDED.registered_at),
         retired_at = CASE WHEN EXCLUDED.status = 'retired' THEN COALESCE(portfolio_products.retired_at, $2) END)
     SELECT (SELECT count(*)::int FROM complete) AS recorded, (SELECT line_id FROM last) AS previous_line_id,
            (SELECT line_id FROM complete) AS line_id`,
    values: [
      productId,
      at,
      change.code ?? null,
      change.name ?? null,
      change.lineId ?? null,
      change.ownerId ?? null,
      change.kind ?? null,
      change.market ?? null,
      change.status ?? null,
    ],
  });
  if (rows[0]?.recorded !== 1) {
    throw new Error(`product ${productId} changed before it was registered (no history to extend)`);
  }
  return { from: rows[0].previous_line_id, to: rows[0].line_id };
}
