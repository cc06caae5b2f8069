import type { Pool } from 'pg';
import { outstandingDemand } from '../../domain/requests/request-status';

export interface ProductDemand {
  /** null: requests not linked to a product yet. */
  readonly productId: string | null;
  readonly productName: string | null;
  readonly productCode: string | null;
  /** Requests counted (merged duplicates are counted in their primary). */
  readonly requests: number;
  readonly open: number;
  readonly deferred: number;
  readonly accepted: number;
  readonly declined: number;
  readonly delivered: number;
  readonly closed: number;
  /** Sum of the annual revenue of the distinct accounts behind open, deferred and accepted requests. */
  readonly revenueWeightedDemand: number;
  readonly accounts: number;
  /** Share of the requests flagged RHiNO (one big account driving it). */
  readonly rhinoShare: number | null;
  /** From submission to the first decision (accept, decline or defer). */
  readonly timeToDecision: { decided: number; averageDays: number | null; medianDays: number | null };
}

/** Demand per product from the request-demand read model (all products, or the one asked for). */
export async function requestDemandReport(
  pool: Pool,
  query: { productId?: string },
): Promise<{ products: ProductDemand[] }> {
  const { rows } = await pool.query<{
    product_id: string | null;
    product_name: string | null;
    product_code: string | null;
    requests: number;
    open: number;
    deferred: number;
    accepted: number;
    declined: number;
    delivered: number;
    closed: number;
    rhino: number;
    decided: number;
    average_days: number | null;
    median_days: number | null;
    demand: string | null;
    accounts: number | null;
  }>(
    `WITH r AS (
       SELECT * FROM demand_requests WHERE status <> 'merged' AND ($1::uuid IS NULL OR product_id = $1)),
     counts AS (
       SELECT product_id, count(*)::int AS requests,
              count(*) FILTER (WHERE status = 'open')::int AS open, count(*) FILTER (WHERE status = 'deferred')::int AS deferred,
              count(*) FILTER (WHERE status = 'accepted')::int AS accepted, count(*) FILTER (WHERE status = 'declined')::int AS declined,
              count(*) FILTER (WHERE status = 'delivered')::int AS delivered, count(*) FILTER (WHERE status = 'closed')::int AS closed,
              count(*) FILTER (WHERE rhino)::int AS rhino,
              count(first_decided_at)::int AS decided,
              avg(extract(epoch FROM first_decided_at - submitted_at) / 86400.0)::float8 AS average_days,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_decided_at - submitted_at) / 86400.0)::float8 AS median_days
         FROM r GROUP BY product_id),
     wanted AS (
       SELECT r.product_id, a.account_id, max(a.revenue) AS revenue
         FROM r JOIN demand_request_accounts a ON a.request_id = r.request_id
        WHERE r.status = ANY ($2::text[])
        GROUP BY r.product_id, a.account_id),
     demand AS (SELECT product_id, sum(revenue) AS demand, count(*)::int AS accounts FROM wanted GROUP BY product_id)
     SELECT c.*, d.demand::text AS demand, d.accounts, p.name AS product_name, p.code AS product_code
       FROM counts c
       LEFT JOIN demand d ON d.product_id IS NOT DISTINCT FROM c.product_id
       LEFT JOIN portfolio_products p ON p.product_id = c.product_id
      ORDER BY d.demand DESC NULLS LAST, c.product_id NULLS LAST`,
    [query.productId ?? null, outstandingDemand],
  );
  return {
    products: rows.map((row) => ({
      productId: row.product_id,
      productName: row.product_name,
      productCode: row.product_code,
      requests: row.requests,
      open: row.open,
      deferred: row.deferred,
      accepted: row.accepted,
      declined: row.declined,
      delivered: row.delivered,
      closed: row.closed,
      revenueWeightedDemand: Number(row.demand ?? 0),
      accounts: row.accounts ?? 0,
      rhinoShare: row.requests === 0 ? null : row.rhino / row.requests,
      timeToDecision: { decided: row.decided, averageDays: row.average_days, medianDays: row.median_days },
    })),
  };
}
