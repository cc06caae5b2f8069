import type { Pool } from 'pg';
import { asOfBoundary } from '../../domain/reporting/as-of';
import {
  groupPortfolio,
  type MoneyAmount,
  type PortfolioGroup,
  type PortfolioGrouping,
} from '../../domain/reporting/portfolio-groups';
import { revenueWindow } from '../../domain/reporting/revenue-window';
import { awaitingDecision } from '../../domain/requests/request-status';
import { factPoints, validAt } from './known-facts';

export interface PortfolioQuery {
  readonly stage?: string;
  readonly lineId?: string;
  readonly ownerId?: string;
  readonly groupBy?: PortfolioGrouping;
  readonly asOf?: string;
}

export interface PortfolioVersion {
  readonly version: string;
  readonly targetDate: string | null;
  readonly releasedAt: string | null;
  readonly stage: string | null;
}

export interface PortfolioProduct {
  readonly productId: string;
  readonly code: string;
  readonly name: string;
  readonly lineId: string;
  readonly lineName: string | null;
  readonly ownerId: string;
  readonly kind: string;
  readonly market: string;
  readonly status: string;
  readonly stage: string | null;
  readonly stageSince: string | null;
  readonly versions: PortfolioVersion[];
  readonly openRequests: number;
  readonly acceptedRequests: number;
  readonly revenueLast12Months: MoneyAmount[];
  readonly activeCustomers: number | null;
  readonly nps: number | null;
}

export interface PortfolioReport {
  /** The moment the report describes (ISO), null for "now". */
  readonly asOf: string | null;
  readonly revenueWindow: { from: string; to: string };
  readonly groupBy: PortfolioGrouping | null;
  readonly products?: PortfolioProduct[];
  readonly groups?: PortfolioGroup[];
}

/**
 * The portfolio, one row per product: catalogue attributes, lifecycle stage and since when, versions, open
 * and accepted requests, revenue of the last 12 calendar months, latest active customers and NPS. Without
 * `asOf` from the current tables and rollups; with it, from the history tables (validity intervals) and the
 * facts as they were known then, so a past report comes out exactly as it would have then.
 */
export async function portfolioReport(
  pool: Pool,
  query: PortfolioQuery,
  now = new Date(),
): Promise<PortfolioReport> {
  const boundary = query.asOf === undefined ? undefined : asOfBoundary(query.asOf);
  const moment = boundary ? new Date(boundary.getTime() - 1) : now;
  const window = revenueWindow(moment);
  const sql = boundary ? asOfSql() : currentSql();
  const params = [
    query.stage ?? null,
    query.lineId ?? null,
    query.ownerId ?? null,
    window.from,
    window.to,
    moment.toISOString().slice(0, 10),
    awaitingDecision,
    ...(boundary ? [boundary] : []),
  ];
  const { rows } = await pool.query<ProductRow>(sql, params);
  const products = rows.map(toProduct);
  return {
    asOf: boundary ? moment.toISOString() : null,
    revenueWindow: window,
    groupBy: query.groupBy ?? null,
    ...(query.groupBy ? { groups: groupPortfolio(products, query.groupBy) } : { products }),
  };
}

interface ProductRow {
  product_id: string;
  code: string;
  name: string;
  line_id: string;
  line_name: string | null;
  owner_id: string;
  kind: string;
  market: string;
  status: string;
  stage: string | null;
  stage_since: Date | null;
  versions: { version: string; targetDate: string | null; releasedAt: string | null; stage: string | null }[];
  open_requests: number | null;
  accepted_requests: number | null;
  revenue: { currency: string; amount: string }[] | null;
  active_customers: string | null;
  nps: string | null;
}

function toProduct(row: ProductRow): PortfolioProduct {
  return {
    productId: row.product_id,
    code: row.code,
    name: row.name,
    lineId: row.line_id,
    lineName: row.line_name,
    ownerId: row.owner_id,
    kind: row.kind,
    market: row.market,
    status: row.status,
    stage: row.stage,
    stageSince: row.stage_since?.toISOString() ?? null,
    versions: row.versions.map((v) => ({
      version: v.version,
      targetDate: v.targetDate,
      releasedAt: v.releasedAt === null ? null : new Date(v.releasedAt).toISOString(),
      stage: v.stage,
    })),
    openRequests: row.open_requests ?? 0,
    acceptedRequests: row.accepted_requests ?? 0,
    revenueLast12Months: (row.revenue ?? []).map((r) => ({ currency: r.currency, amount: Number(r.amount) })),
    activeCustomers: row.active_customers === null ? null : Number(row.active_customers),
    nps: row.nps === null ? null : Number(row.nps),
  };
}

// $1 stage, $2 lineId, $3 ownerId, $4/$5 revenue window, $6 the report's day, $7 statuses awaiting decision,
// $8 (asOf only) the boundary instant.
const filters = `($1::text IS NULL OR stage = $1) AND ($2::uuid IS NULL OR line_id = $2) AND ($3::text IS NULL OR owner_id = $3)`;

function figures(points: string, requestRows: string, versionRows: string): string {
  return `,
    points AS (
      SELECT pt.* FROM ${points} pt
       WHERE pt.product_id IN (SELECT product_id FROM products) AND pt.start <= $6::date
         AND pt.metric IN ('revenue', 'active_customers', 'nps')),
    revenue AS (
      SELECT product_id, json_agg(json_build_object('currency', unit, 'amount', amount::text) ORDER BY unit) AS revenue
        FROM (SELECT product_id, unit, sum(value_sum) AS amount FROM points
               WHERE metric = 'revenue' AND start >= $4::date AND start < $5::date GROUP BY product_id, unit) r
       GROUP BY product_id),
    latest_period AS (
      SELECT DISTINCT ON (product_id, metric) product_id, metric, start, granularity FROM points
       WHERE metric IN ('active_customers', 'nps')
       ORDER BY product_id, metric, start DESC, granularity),
    latest AS (
      SELECT lp.product_id,
             sum(p.value_sum / p.value_count) FILTER (WHERE lp.metric = 'active_customers') AS active_customers,
             sum(p.value_sum) FILTER (WHERE lp.metric = 'nps') / NULLIF(sum(p.value_count) FILTER (WHERE lp.metric = 'nps'), 0) AS nps
        FROM latest_period lp
        JOIN points p ON p.product_id = lp.product_id AND p.metric = lp.metric AND p.start = lp.start AND p.granularity = lp.granularity
       GROUP BY lp.product_id),
    requests AS (
      SELECT product_id,
             count(*) FILTER (WHERE status = ANY ($7::text[]))::int AS open_requests,
             count(*) FILTER (WHERE status = 'accepted')::int AS accepted_requests
        FROM ${requestRows} rq
       WHERE product_id IN (SELECT product_id FROM products)
       GROUP BY product_id),
    versions AS (
      SELECT product_id, json_agg(json_build_object('version', version, 'targetDate', target_date, 'releasedAt', released_at, 'stage', stage)
                                  ORDER BY planned_at NULLS LAST, version) AS versions
        FROM ${versionRows} v
       WHERE product_id IN (SELECT product_id FROM products)
       GROUP BY product_id)
    SELECT pr.*, COALESCE(v.versions, '[]'::json) AS versions, rq.open_requests, rq.accepted_requests, r.revenue,
           l.active_customers, l.nps
      FROM products pr
      LEFT JOIN versions v USING (product_id)
      LEFT JOIN requests rq USING (product_id)
      LEFT JOIN revenue r USING (product_id)
      LEFT JOIN latest l USING (product_id)
     ORDER BY pr.name, pr.product_id`;
}

function currentSql(): string {
  return `
    WITH products AS (
      SELECT * FROM (
        SELECT p.product_id, p.code, p.name, p.line_id, pl.name AS line_name, p.owner_id, p.kind, p.market, p.status,
               p.stage, p.stage_since
          FROM portfolio_products p LEFT JOIN portfolio_lines pl ON pl.line_id = p.line_id
         WHERE p.registered_at IS NOT NULL) product_now
       WHERE ${filters})
    ${figures(
      factPoints({ granularities: 'all' }),
      `(SELECT product_id, status FROM portfolio_request_history WHERE valid_to IS NULL)`,
      `(SELECT product_id, version, target_date, released_at, stage, planned_at FROM portfolio_versions)`,
    )}`;
}

function asOfSql(): string {
  return `
    WITH products AS (
      SELECT * FROM (
        SELECT h.product_id, h.code, h.name, h.line_id, pl.name AS line_name, h.owner_id, h.kind, h.market, h.status,
               s.stage, s.valid_from AS stage_since
          FROM portfolio_product_history h
          LEFT JOIN portfolio_lines pl ON pl.line_id = h.line_id
          LEFT JOIN LATERAL (
            SELECT sh.stage, sh.valid_from FROM portfolio_stage_history sh
             WHERE sh.product_id = h.product_id AND sh.version = '' AND ${validAt('sh', '$8')}
             ORDER BY sh.valid_from DESC, sh.entry_no DESC LIMIT 1) s ON true
         WHERE ${validAt('h', '$8')}) product_then
       WHERE ${filters})
    ${figures(
      factPoints({ asOfParam: '$8', granularities: 'all' }),
      `(SELECT product_id, status FROM portfolio_request_history h WHERE ${validAt('h', '$8')})`,
      `(SELECT v.product_id, v.version, v.target_date,
               CASE WHEN v.released_at < $8 THEN v.released_at END AS released_at,
               (SELECT sh.stage FROM portfolio_stage_history sh
                 WHERE sh.product_id = v.product_id AND sh.version = v.version AND ${validAt('sh', '$8')}
                 ORDER BY sh.valid_from DESC, sh.entry_no DESC LIMIT 1) AS stage,
               v.planned_at
          FROM portfolio_versions v WHERE v.planned_at < $8)`,
    )}`;
}
