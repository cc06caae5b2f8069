import type { Pool } from 'pg';
import {
  byGroupKey,
  type PortfolioGroup,
  type PortfolioGrouping,
} from '../../domain/reporting/portfolio-groups';
import type { PortfolioSelection } from './portfolio-listing';

/**
 * The current portfolio added up per stage, line or owner in SQL, from the stored figures and request counts
 * (one row per product): the same totals as `groupPortfolio` over the product rows, with exact decimal sums. Undefined
 * when a product's stored figures are not those of `day` (the caller then adds up the product rows).
 */
export async function currentGroupTotals(
  pool: Pool,
  selection: Omit<PortfolioSelection, 'after' | 'limit'>,
  groupBy: PortfolioGrouping,
  day: string,
): Promise<PortfolioGroup[] | undefined> {
  const { rows } = await pool.query<{
    key: string | null;
    label: string | null;
    products: number;
    open_requests: number;
    accepted_requests: number;
    revenue: { currency: string; amount: string }[];
    active_customers: string | null;
    nps: string | null;
    stale: number;
  }>(
    `WITH members AS (
       SELECT CASE $4::text WHEN 'stage' THEN p.stage WHEN 'line' THEN p.line_id::text ELSE p.owner_id END AS key,
              p.product_id, p.open_requests, p.accepted_requests, pl.name AS line_name, f.revenue_last_12_months,
              f.active_customers, f.nps,
              NOT (f.product_id IS NULL OR (f.figures_day <= $5::date AND $5::date < f.fresh_until)) AS stale
         FROM portfolio_products p
         LEFT JOIN portfolio_lines pl ON pl.line_id = p.line_id
         LEFT JOIN product_figures f ON f.product_id = p.product_id
        WHERE p.registered_at IS NOT NULL
          AND ($1::text IS NULL OR p.stage = $1) AND ($2::uuid IS NULL OR p.line_id = $2) AND ($3::text IS NULL OR p.owner_id = $3)),
     revenue AS (
       SELECT key, jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount::text) ORDER BY currency) AS revenue
         FROM (SELECT m.key, e.currency, sum(e.amount::numeric) AS amount
                 FROM members m CROSS JOIN LATERAL jsonb_to_recordset(m.revenue_last_12_months) AS e(currency text, amount text)
                GROUP BY m.key, e.currency) per_currency
        GROUP BY key),
     totals AS (
       SELECT key, min(line_name) AS line_name, count(*)::int AS products, sum(open_requests)::int AS open_requests,
              sum(accepted_requests)::int AS accepted_requests, sum(active_customers) AS active_customers,
              avg(nps) AS nps, count(*) FILTER (WHERE stale)::int AS stale
         FROM members GROUP BY key)
     SELECT t.key, CASE $4::text WHEN 'line' THEN t.line_name ELSE t.key END AS label, t.products,
            t.open_requests, t.accepted_requests,
            COALESCE(rv.revenue, '[]'::jsonb) AS revenue, t.active_customers::text, t.nps::text, t.stale
       FROM totals t
       LEFT JOIN revenue rv ON rv.key IS NOT DISTINCT FROM t.key`,
    [selection.stage ?? null, selection.lineId ?? null, selection.ownerId ?? null, groupBy, day],
  );
  if (rows.some((row) => row.stale > 0)) return undefined;
  return rows
    .map((row) => ({
      groupBy,
      key: row.key,
      label: row.label,
      products: row.products,
      openRequests: row.open_requests,
      acceptedRequests: row.accepted_requests,
      revenueLast12Months: row.revenue.map((r) => ({ currency: r.currency, amount: Number(r.amount) })),
      activeCustomers: row.active_customers === null ? null : Number(row.active_customers),
      nps: row.nps === null ? null : Number(row.nps),
    }))
    .sort(byGroupKey);
}
