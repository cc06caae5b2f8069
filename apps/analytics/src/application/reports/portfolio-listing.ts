import { stewardedProducts } from '@product-ledger/product-access';
import type { Pool } from 'pg';
import type { PortfolioPosition } from '../../domain/reporting/portfolio-page';
import { awaitingDecision } from '../../domain/requests/request-status';
import type { ProductFigures } from '../../persistence/facts/product-figures';
import { validAt } from './known-facts';

/** Which products: the portfolio's filters, and a page of them in name order (no limit: all of them). */
export interface PortfolioSelection {
  readonly stage?: string;
  readonly lineId?: string;
  readonly ownerId?: string;
  /** Only the products this person owns or is a stakeholder of. */
  readonly mine?: string;
  readonly after?: PortfolioPosition;
  readonly limit?: number;
}

export interface PortfolioVersion {
  readonly version: string;
  readonly targetDate: string | null;
  readonly releasedAt: string | null;
  readonly stage: string | null;
}

/** A product of the portfolio without its figures (or with the stored ones, for the current portfolio). */
export interface ListedProduct {
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
  /** Current portfolio only: the stored figures when they are those of the report's day, else undefined. */
  readonly storedFigures?: ProductFigures | null;
}

interface ListedRow {
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
  open_requests: number;
  accepted_requests: number;
  figures_fresh?: boolean;
  revenue?: { currency: string; amount: string }[] | null;
  active_customers?: string | null;
  nps?: string | null;
}

/**
 * The products of the portfolio now: current tables (request counts kept on the product's row by the
 * projection), one row each with its stored figures (product_figures)
 * when those are the figures of `day`. Keyset-paged on (name, product_id) through portfolio_products_by_name
 * (portfolio_products_by_line_name for one line).
 */
export async function listCurrentProducts(
  pool: Pool,
  selection: PortfolioSelection,
  day: string,
): Promise<ListedProduct[]> {
  const { rows } = await pool.query<ListedRow>(
    `SELECT p.product_id, p.code, p.name, p.line_id, pl.name AS line_name, p.owner_id, p.kind, p.market, p.status,
            p.stage, p.stage_since,
            COALESCE((SELECT json_agg(json_build_object('version', v.version, 'targetDate', v.target_date,
                                                        'releasedAt', v.released_at, 'stage', v.stage)
                                      ORDER BY v.planned_at NULLS LAST, v.version)
                        FROM portfolio_versions v WHERE v.product_id = p.product_id), '[]'::json) AS versions,
            p.open_requests, p.accepted_requests,
            f.product_id IS NULL OR (f.figures_day <= $7::date AND $7::date < f.fresh_until) AS figures_fresh,
            f.revenue_last_12_months AS revenue, f.active_customers, f.nps
       FROM portfolio_products p
       LEFT JOIN portfolio_lines pl ON pl.line_id = p.line_id
       LEFT JOIN product_figures f ON f.product_id = p.product_id
      WHERE p.registered_at IS NOT NULL AND ${filters('p')} AND ${mineFilter('p', '$8')} AND ${after('p')}
      ORDER BY p.name, p.product_id
      LIMIT $6`,
    [...selectionParams(selection), day, selection.mine ?? null],
  );
  return rows.map((row) => ({
    ...toListed(row),
    storedFigures: !row.figures_fresh
      ? undefined
      : row.revenue === null
        ? null
        : { revenueLast12Months: row.revenue!, activeCustomers: row.active_customers!, nps: row.nps! },
  }));
}

/**
 * The products of the portfolio as they were at the instant before `boundary`: catalogue attributes,
 * stage, versions and requests from the history tables (validity intervals).
 */
export async function listProductsAsOf(
  pool: Pool,
  selection: PortfolioSelection,
  boundary: Date,
): Promise<ListedProduct[]> {
  const { rows } = await pool.query<ListedRow>(
    `WITH products AS (
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
        WHERE ${filters('product_then')} AND ${mineFilter('product_then', '$9')} AND ${after('product_then')}
        ORDER BY name, product_id
        LIMIT $6)
     SELECT pr.*,
            COALESCE((SELECT json_agg(json_build_object('version', v.version, 'targetDate', v.target_date,
                                                        'releasedAt', v.released_at, 'stage', v.stage)
                                      ORDER BY v.planned_at NULLS LAST, v.version)
                        FROM (SELECT v.version, v.target_date, v.planned_at,
                                     CASE WHEN v.released_at < $8 THEN v.released_at END AS released_at,
                                     (SELECT sh.stage FROM portfolio_stage_history sh
                                       WHERE sh.product_id = v.product_id AND sh.version = v.version AND ${validAt('sh', '$8')}
                                       ORDER BY sh.valid_from DESC, sh.entry_no DESC LIMIT 1) AS stage
                                FROM portfolio_versions v WHERE v.product_id = pr.product_id AND v.planned_at < $8) v),
                     '[]'::json) AS versions,
            rq.open_requests, rq.accepted_requests
       FROM products pr
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE r.status = ANY ($7::text[]))::int AS open_requests,
                count(*) FILTER (WHERE r.status = 'accepted')::int AS accepted_requests
           FROM portfolio_request_history r WHERE r.product_id = pr.product_id AND ${validAt('r', '$8')}) rq
      ORDER BY pr.name, pr.product_id`,
    [...selectionParams(selection), awaitingDecision, boundary, selection.mine ?? null],
  );
  return rows.map(toListed);
}

// $1 stage, $2 lineId, $3 ownerId, $4/$5 the position after which the page starts, $6 limit (null: all);
// then now: $7 the report's day, $8 mine; asOf: $7 statuses awaiting decision, $8 the boundary instant, $9 mine.
function selectionParams(selection: PortfolioSelection): unknown[] {
  return [
    selection.stage ?? null,
    selection.lineId ?? null,
    selection.ownerId ?? null,
    selection.after?.name ?? null,
    selection.after?.productId ?? null,
    selection.limit ?? null,
  ];
}

const filters = (alias: string) =>
  `($1::text IS NULL OR ${alias}.stage = $1) AND ($2::uuid IS NULL OR ${alias}.line_id = $2) AND ($3::text IS NULL OR ${alias}.owner_id = $3)`;

/** The products `param` owns or is a stakeholder of (now), or every product when `param` is null. */
export const mineFilter = (alias: string, param: string) =>
  `(${param}::text IS NULL OR ${stewardedProducts(`${alias}.product_id`, param)})`;

const after = (alias: string) =>
  `($4::text IS NULL OR (${alias}.name, ${alias}.product_id) > ($4::text, $5::uuid))`;

function toListed(row: ListedRow): ListedProduct {
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
    openRequests: row.open_requests,
    acceptedRequests: row.accepted_requests,
  };
}
