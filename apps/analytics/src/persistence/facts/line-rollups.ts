import type { PoolClient } from 'pg';
import { holdFactsLock } from './ingest-lock';

/** A touched bucket of the monthly rollup, as far as a line's month is concerned. */
export interface ProductMonth {
  readonly productId: string;
  readonly metric: string;
  readonly unit: string;
  /** First day of the month. */
  readonly month: string;
}

/**
 * `performance_line_monthly`: the monthly rollup of the products in each line now (portfolio_products.line_id),
 * per metric, unit and month, with exactly what the monthly performance report of a line computes from
 * `performance_monthly` (performance-report.ts): the sum and count of the facts, the sum over products and
 * versions of each one's mean (value_sum / value_count, for stocks) and the number of products. So a line's
 * 12 months are about a dozen rows per metric instead of ~10,000 per-product rows summed and divided at query
 * time (bench/README.md, query_performance_line_12m).
 *
 * A row is a function of performance_monthly and the products' lines. Three writers keep it so, each in the
 * transaction that changes one of them, and all under the facts lock so they take turns:
 * - ingest recomputes the touched (line, metric, unit, month) keys from performance_monthly (refreshLineMonths);
 * - a product joining a line adds its months to the line, leaving one recomputes the months it was in
 *   (followProductToLine, from the portfolio projection);
 * - the performance rebuild recomputes every row (rebuildLineRollups); the portfolio rebuild empties the table,
 *   and its replayed registrations add the products back.
 * Adding is exact (numeric addition does not round) and gives the same text as recomputing, since a numeric
 * sum has the scale of its largest operand; only leaving a line would not (a subtraction keeps the scale of
 * the removed value), hence the recompute there. A rebuild equals the live table row for row (tested).
 */

/**
 * Per line key: the report's per-product-and-version sums, then their sums, sum of means and products. The
 * line's rows of each touched month are read product by product (LATERAL, through portfolio_products_line and
 * performance_monthly_by_product_month, all metrics at once): a join left to the planner merge-joined the keys
 * with the whole monthly rollup (7 s for 250 line months of 200 products each, against about 1 s this way).
 * The cost is one index lookup per product of each touched line month. The rows are read in a MATERIALIZED
 * step that names no metric on purpose: otherwise the planner pushed the keys' metric into the lookup and,
 * without statistics (a young table), took `(metric, month)`, reading every product's rows of the month for
 * each product: 10 s instead of 0.5-0.7 s for a 50,000-fact request over 1,000 products in 5 lines.
 */
const lineKeyFigures = (keys: string) => `
  line_rows AS MATERIALIZED (
    SELECT lm.line_id, lm.month, m.product_id, m.version, m.metric, m.unit, m.value_sum, m.value_count
      FROM (SELECT DISTINCT line_id, month FROM ${keys}) lm
     CROSS JOIN LATERAL (SELECT p.product_id FROM portfolio_products p WHERE p.line_id = lm.line_id) p
     CROSS JOIN LATERAL (
       SELECT m.product_id, m.version, m.metric, m.unit, m.value_sum, m.value_count FROM performance_monthly m
        WHERE m.product_id = p.product_id AND m.month = lm.month) m),
  per_version AS (
    SELECT k.line_id, k.metric, k.unit, k.month, r.product_id, r.version,
           sum(r.value_sum) AS value_sum, sum(r.value_count)::int AS value_count
      FROM ${keys} k
      JOIN line_rows r ON r.line_id = k.line_id AND r.month = k.month AND r.metric = k.metric AND r.unit = k.unit
     GROUP BY k.line_id, k.metric, k.unit, k.month, r.product_id, r.version),
  fresh AS MATERIALIZED (
    SELECT k.line_id, k.metric, k.unit, k.month, sum(v.value_sum) AS value_sum,
           COALESCE(sum(v.value_count), 0)::int AS value_count, sum(v.value_sum / v.value_count) AS mean_sum,
           count(DISTINCT v.product_id)::int AS products
      FROM ${keys} k
      LEFT JOIN per_version v ON v.line_id = k.line_id AND v.metric = k.metric AND v.unit = k.unit AND v.month = k.month
     GROUP BY k.line_id, k.metric, k.unit, k.month),
  emptied AS (
    DELETE FROM performance_line_monthly l USING fresh f
     WHERE f.products = 0 AND l.line_id = f.line_id AND l.metric = f.metric AND l.unit = f.unit AND l.month = f.month)
  INSERT INTO performance_line_monthly (line_id, metric, unit, month, value_sum, value_count, mean_sum, products)
  SELECT line_id, metric, unit, month, value_sum, value_count, mean_sum, products FROM fresh WHERE products > 0
  ON CONFLICT (line_id, metric, unit, month) DO UPDATE SET
    value_sum = EXCLUDED.value_sum, value_count = EXCLUDED.value_count, mean_sum = EXCLUDED.mean_sum,
    products = EXCLUDED.products`;

/**
 * Recomputes the line months of the touched product months, for the lines the products are in now (products
 * in no line, or not known yet, touch none). Ingest calls it after refreshing performance_monthly, in its
 * transaction, under the facts lock.
 */
export async function refreshLineMonths(client: PoolClient, touched: readonly ProductMonth[]): Promise<void> {
  if (touched.length === 0) return;
  await client.query({
    name: 'analytics.refresh-performance-line-monthly',
    text: `WITH keys AS MATERIALIZED (
       SELECT DISTINCT p.line_id, t.metric, t.unit, t.month
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[]) AS t(product_id, metric, unit, month)
         JOIN portfolio_products p ON p.product_id = t.product_id
        WHERE p.line_id IS NOT NULL),
     ${lineKeyFigures('keys')}`,
    values: [
      touched.map((t) => t.productId),
      touched.map((t) => t.metric),
      touched.map((t) => t.unit),
      touched.map((t) => t.month),
    ],
  });
}

/**
 * A product changed lines (registered: from none; moved; `to` null: in none any more). Called by the portfolio
 * projection after portfolio_products holds the new line. Takes the facts lock first, so the product's months
 * are read after every ingest before it committed, and every ingest after it sees the product's new line.
 */
export async function followProductToLine(
  client: PoolClient,
  productId: string,
  from: string | null,
  to: string | null,
): Promise<void> {
  if (from === to) return;
  await holdFactsLock(client);
  if (from !== null) {
    await client.query(
      `WITH keys AS MATERIALIZED (
         SELECT DISTINCT $2::uuid AS line_id, metric, unit, month FROM performance_monthly WHERE product_id = $1),
       ${lineKeyFigures('keys')}`,
      [productId, from],
    );
  }
  if (to !== null) {
    await client.query({
      name: 'analytics.add-product-to-line-monthly',
      text: `WITH per_version AS (
         SELECT metric, unit, month, version, sum(value_sum) AS value_sum, sum(value_count)::int AS value_count
           FROM performance_monthly WHERE product_id = $1
          GROUP BY metric, unit, month, version)
       INSERT INTO performance_line_monthly AS l (line_id, metric, unit, month, value_sum, value_count, mean_sum, products)
       SELECT $2::uuid, metric, unit, month, sum(value_sum), sum(value_count)::int, sum(value_sum / value_count), 1
         FROM per_version GROUP BY metric, unit, month
       ON CONFLICT (line_id, metric, unit, month) DO UPDATE SET
         value_sum = l.value_sum + EXCLUDED.value_sum, value_count = l.value_count + EXCLUDED.value_count,
         mean_sum = l.mean_sum + EXCLUDED.mean_sum, products = l.products + 1`,
      values: [productId, to],
    });
  }
}

/** Recomputes the whole table from performance_monthly and the products' lines (the performance rebuild). */
export async function rebuildLineRollups(client: PoolClient): Promise<void> {
  await client.query('TRUNCATE performance_line_monthly');
  await client.query(
    `WITH per_version AS (
       SELECT p.line_id, m.metric, m.unit, m.month, m.product_id, m.version,
              sum(m.value_sum) AS value_sum, sum(m.value_count)::int AS value_count
         FROM performance_monthly m JOIN portfolio_products p ON p.product_id = m.product_id
        WHERE p.line_id IS NOT NULL
        GROUP BY p.line_id, m.metric, m.unit, m.month, m.product_id, m.version)
     INSERT INTO performance_line_monthly (line_id, metric, unit, month, value_sum, value_count, mean_sum, products)
     SELECT line_id, metric, unit, month, sum(value_sum), sum(value_count)::int, sum(value_sum / value_count),
            count(DISTINCT product_id)::int
       FROM per_version GROUP BY line_id, metric, unit, month`,
  );
}

/**
 * The portfolio rebuild starts from no products, so no line has any months. Called after portfolio_products
 * is truncated (see lockFactsForIngest for the order), under the facts lock so no ingest in flight adds rows
 * for the old lines afterwards.
 */
export async function clearLineRollups(client: PoolClient): Promise<void> {
  await holdFactsLock(client);
  await client.query('TRUNCATE performance_line_monthly');
}
