import type { Pool, PoolClient } from 'pg';
import { revenueWindow } from '../../domain/reporting/revenue-window';
import { lockFactsForIngest } from './ingest-lock';

/** The metrics the portfolio shows per product; a fact of another metric changes no figures. */
export const figureMetrics: readonly string[] = ['revenue', 'active_customers', 'nps'];

/** A product's portfolio figures on a day. */
export interface ProductFigures {
  /** Per currency (unit), sorted; amounts as exact decimal text. */
  readonly revenueLast12Months: readonly { currency: string; amount: string }[];
  readonly activeCustomers: string | null;
  readonly nps: string | null;
}

/** The day a report (or a refresh) taken at `moment` describes, and its 12-month revenue window. */
export function figuresDay(moment: Date): { day: string; from: string; to: string } {
  return { day: moment.toISOString().slice(0, 10), ...revenueWindow(moment) };
}

/**
 * The figures of products from `points` (rollup-shaped: see rollup-points.ts, or the facts known at an
 * earlier moment) on day `$1`, with the revenue window `[$2, $3)`:
 * - revenue: per unit, the points of the window that began by the day;
 * - active customers and NPS: at the latest period that began by the day (a day before a month starting
 *   on the same date); active customers averaged per version and unit then added, NPS averaged;
 * - fresh_until: the first day on which the calendar alone changes them (the next month moves the window;
 *   a point about a later day counts once that day has come).
 * `scope` 'products' limits it to the products in `$4` (uuid[]); the condition reaches the rollups' indexes.
 * Products with no point of the three metrics (even a later one) have no figures.
 */
export function productFiguresSelect(points: string, scope: 'products' | 'all'): string {
  return `
    WITH points AS MATERIALIZED (
      SELECT pt.product_id, pt.version, pt.metric, pt.unit, pt.granularity, pt.start, pt.value_sum, pt.value_count
        FROM ${points} pt
       WHERE pt.metric IN ('revenue', 'active_customers', 'nps')
         ${scope === 'products' ? 'AND pt.product_id = ANY ($4::uuid[])' : ''}),
    revenue AS (
      SELECT product_id, jsonb_agg(jsonb_build_object('currency', unit, 'amount', amount::text) ORDER BY unit) AS revenue
        FROM (SELECT product_id, unit, sum(value_sum) AS amount FROM points
               WHERE metric = 'revenue' AND start >= $2::date AND start < $3::date AND start <= $1::date
               GROUP BY product_id, unit) r
       GROUP BY product_id),
    latest_period AS (
      SELECT DISTINCT ON (product_id, metric) product_id, metric, start, granularity FROM points
       WHERE metric IN ('active_customers', 'nps') AND start <= $1::date
       ORDER BY product_id, metric, start DESC, granularity),
    latest AS (
      SELECT lp.product_id,
             sum(p.value_sum / p.value_count) FILTER (WHERE lp.metric = 'active_customers') AS active_customers,
             sum(p.value_sum) FILTER (WHERE lp.metric = 'nps') / NULLIF(sum(p.value_count) FILTER (WHERE lp.metric = 'nps'), 0) AS nps
        FROM latest_period lp
        JOIN points p ON p.product_id = lp.product_id AND p.metric = lp.metric AND p.start = lp.start AND p.granularity = lp.granularity
       GROUP BY lp.product_id),
    upcoming AS (
      SELECT product_id, min(start) AS next_start FROM points WHERE start > $1::date GROUP BY product_id),
    subjects AS (SELECT DISTINCT product_id FROM points)
    SELECT s.product_id, COALESCE(r.revenue, '[]'::jsonb) AS revenue_last_12_months, l.active_customers, l.nps,
           $1::date AS figures_day, LEAST($3::date, u.next_start) AS fresh_until
      FROM subjects s
      LEFT JOIN revenue r USING (product_id)
      LEFT JOIN latest l USING (product_id)
      LEFT JOIN upcoming u USING (product_id)`;
}

/**
 * The same figures as `productFiguresSelect` over the current rollups, for the products in `$4` (uuid[]) or
 * every product with rollups, read through a few index lookups per product instead of all its points (a
 * product with two years of monthly facts has 72 points of the three metrics; refreshing 1,000 products
 * that way took about 1 s per ingest chunk):
 * - revenue: the monthly rollup (both origins) of the window's months before the day's month, plus that
 *   month's monthly facts and its daily facts up to the day (`performance_monthly_latest`, `performance_daily_latest`);
 * - the latest period of active customers and NPS: the latest day and the latest monthly-fact month by the
 *   day (a day wins a tie, as in `productFiguresSelect`), then that period's rows;
 * - fresh_until: the earliest point of the three metrics after the day, or the next month.
 * A test holds the two definitions equal (apps/analytics/test/product-figures.e2e.spec.ts).
 */
export function currentFiguresSelect(scope: 'products' | 'all'): string {
  const metrics = `('revenue', 'active_customers', 'nps')`;
  return `
    WITH ids AS (
      ${
        scope === 'products'
          ? 'SELECT DISTINCT product_id FROM unnest($4::uuid[]) AS ids(product_id)'
          : `SELECT DISTINCT product_id FROM performance_monthly WHERE metric IN ${metrics}`
      }),
    subjects AS (
      SELECT ids.product_id, date_trunc('month', $1::date)::date AS this_month FROM ids
       WHERE EXISTS (SELECT 1 FROM performance_monthly m WHERE m.product_id = ids.product_id AND m.metric IN ${metrics})),
    revenue_points AS (
      SELECT s.product_id, p.unit, p.value_sum FROM subjects s
       CROSS JOIN LATERAL (
         SELECT m.unit, m.value_sum FROM performance_monthly m
          WHERE m.product_id = s.product_id AND m.metric = 'revenue' AND m.month >= $2::date
            AND (m.month < s.this_month OR (m.month = s.this_month AND m.origin = 'month'))
         UNION ALL
         SELECT d.unit, d.value_sum FROM performance_daily d
          WHERE d.product_id = s.product_id AND d.metric = 'revenue' AND d.day >= s.this_month AND d.day >= $2::date
            AND d.day <= $1::date) p),
    revenue AS (
      SELECT product_id, jsonb_agg(jsonb_build_object('currency', unit, 'amount', amount::text) ORDER BY unit) AS revenue
        FROM (SELECT product_id, unit, sum(value_sum) AS amount FROM revenue_points GROUP BY product_id, unit) r
       GROUP BY product_id),
    latest_points AS (
      SELECT s.product_id, mt.metric, p.value_sum, p.value_count
        FROM subjects s CROSS JOIN (VALUES ('active_customers'), ('nps')) AS mt(metric)
       CROSS JOIN LATERAL (
         SELECT ranked.value_sum, ranked.value_count FROM (
           SELECT pt.value_sum, pt.value_count, rank() OVER (ORDER BY pt.start DESC, pt.from_month) AS place
             FROM (SELECT d.day AS start, false AS from_month, d.value_sum, d.value_count FROM performance_daily d
                    WHERE d.product_id = s.product_id AND d.metric = mt.metric AND d.day <= $1::date
                   UNION ALL
                   SELECT m.month, true, m.value_sum, m.value_count FROM performance_monthly m
                    WHERE m.product_id = s.product_id AND m.metric = mt.metric AND m.origin = 'month'
                      AND m.month <= $1::date) pt) ranked
          WHERE ranked.place = 1) p),
    latest AS (
      SELECT product_id,
             sum(value_sum / value_count) FILTER (WHERE metric = 'active_customers') AS active_customers,
             sum(value_sum) FILTER (WHERE metric = 'nps') / NULLIF(sum(value_count) FILTER (WHERE metric = 'nps'), 0) AS nps
        FROM latest_points GROUP BY product_id)
    SELECT s.product_id, COALESCE(r.revenue, '[]'::jsonb) AS revenue_last_12_months, l.active_customers, l.nps,
           $1::date AS figures_day,
           LEAST($3::date,
                 (SELECT min(d.day) FROM performance_daily d
                   WHERE d.product_id = s.product_id AND d.metric IN ${metrics} AND d.day > $1::date),
                 (SELECT min(m.month) FROM performance_monthly m
                   WHERE m.product_id = s.product_id AND m.metric IN ${metrics} AND m.origin = 'month' AND m.month > $1::date)) AS fresh_until
      FROM subjects s
      LEFT JOIN revenue r USING (product_id)
      LEFT JOIN latest l USING (product_id)`;
}

interface FiguresRow {
  product_id: string;
  revenue_last_12_months: { currency: string; amount: string }[];
  active_customers: string | null;
  nps: string | null;
}

/**
 * The figures of `productIds` computed now (the stored figures are not read) by `select` (scope
 * 'products'): `productFiguresSelect` over the facts known at an earlier moment for a report `asOf` it
 * (`extraParams` fill `$5`...), or `currentFiguresSelect` for products whose stored figures are not those
 * of the report's day.
 */
export async function computeProductFigures(
  db: Pool | PoolClient,
  select: string,
  productIds: readonly string[],
  moment: Date,
  extraParams: readonly unknown[] = [],
): Promise<Map<string, ProductFigures>> {
  if (productIds.length === 0) return new Map();
  const { day, from, to } = figuresDay(moment);
  const { rows } = await db.query<FiguresRow>(select, [day, from, to, productIds, ...extraParams]);
  return new Map(
    rows.map((row) => [
      row.product_id,
      {
        revenueLast12Months: row.revenue_last_12_months,
        activeCustomers: row.active_customers,
        nps: row.nps,
      },
    ]),
  );
}

/**
 * Brings the stored figures of `productIds` (or of every product) up to date with the current rollups, in
 * the caller's transaction: called wherever the rollups change (ingest, rebuild), so the figures always
 * match the rollups of the same snapshot. `moment` sets the day they are computed for.
 */
export async function refreshProductFigures(
  client: PoolClient,
  productIds: readonly string[] | 'all',
  moment = new Date(),
): Promise<void> {
  const { day, from, to } = figuresDay(moment);
  const columns = `product_id, revenue_last_12_months, active_customers, nps, figures_day, fresh_until`;
  if (productIds === 'all') {
    await client.query('TRUNCATE product_figures');
    await client.query(`INSERT INTO product_figures (${columns}) ${currentFiguresSelect('all')}`, [
      day,
      from,
      to,
    ]);
    return;
  }
  if (productIds.length === 0) return;
  await client.query({
    name: 'analytics.refresh-product-figures',
    text: `WITH figures AS MATERIALIZED (${currentFiguresSelect('products')}),
     emptied AS (
       DELETE FROM product_figures pf
        WHERE pf.product_id = ANY ($4::uuid[]) AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.product_id = pf.product_id))
     INSERT INTO product_figures (${columns}) SELECT ${columns} FROM figures
     ON CONFLICT (product_id) DO UPDATE SET
       revenue_last_12_months = EXCLUDED.revenue_last_12_months, active_customers = EXCLUDED.active_customers,
       nps = EXCLUDED.nps, figures_day = EXCLUDED.figures_day, fresh_until = EXCLUDED.fresh_until`,
    values: [day, from, to, [...new Set(productIds)]],
  });
}

/**
 * Recomputes the stored figures that are not those of `moment`'s day (once a month for every product, when
 * the window moves; on the day a later-dated fact begins to count). Takes the ingest lock so no writer
 * changes the rollups meanwhile, but waits for it only briefly: when ingest holds it, nothing is refreshed
 * (false) and the caller computes the stale products' figures itself.
 */
export async function refreshStaleProductFigures(pool: Pool, moment: Date): Promise<boolean> {
  const { day } = figuresDay(moment);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL lock_timeout = '200ms'`);
    await client.query('SET LOCAL jit = off');
    await lockFactsForIngest(client);
    const { rows } = await client.query<{ product_id: string }>(
      `SELECT product_id FROM product_figures WHERE fresh_until <= $1::date
       UNION SELECT product_id FROM product_figures WHERE figures_day > $1::date`,
      [day],
    );
    await refreshProductFigures(
      client,
      rows.map((row) => row.product_id),
      moment,
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '55P03') return false; // lock_not_available: ingest is writing
    throw error;
  } finally {
    client.release();
  }
}
