import type { Pool } from 'pg';
import { asOfBoundary } from '../../domain/reporting/as-of';
import { encodePortfolioCursor, type PortfolioPosition } from '../../domain/reporting/portfolio-page';
import {
  groupPortfolio,
  type MoneyAmount,
  type PortfolioGroup,
  type PortfolioGrouping,
} from '../../domain/reporting/portfolio-groups';
import { revenueWindow } from '../../domain/reporting/revenue-window';
import {
  computeProductFigures,
  currentFiguresSelect,
  figuresDay,
  productFiguresSelect,
  refreshStaleProductFigures,
  type ProductFigures,
} from '../../persistence/facts/product-figures';
import { factPoints } from './known-facts';
import { currentGroupTotals } from './portfolio-group-totals';
import {
  listCurrentProducts,
  listProductsAsOf,
  type ListedProduct,
  type PortfolioSelection,
} from './portfolio-listing';
import { withoutJit } from './without-jit';

export interface PortfolioQuery {
  readonly stage?: string;
  readonly lineId?: string;
  readonly ownerId?: string;
  /** Only the products this person owns or is a stakeholder of. */
  readonly mine?: string;
  readonly groupBy?: PortfolioGrouping;
  readonly asOf?: string;
  /** Products per page (no limit: all); ignored with groupBy. */
  readonly limit?: number;
  /** The page starts after this product (see `nextCursor`). */
  readonly after?: PortfolioPosition;
}

/** A product of the portfolio with its figures: revenue of the last 12 months, latest customers and NPS. */
export interface PortfolioProduct extends Omit<ListedProduct, 'storedFigures'> {
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
  /** With products: the cursor of the next page when there are more products. */
  readonly nextCursor?: string;
  readonly groups?: PortfolioGroup[];
}

/**
 * The portfolio, one row per product: catalogue attributes, lifecycle stage and since when, versions, open
 * and accepted requests, revenue of the last 12 calendar months, latest active customers and NPS; in pages
 * by name, or added up per stage, line or owner. Without `asOf` from the current tables and the stored
 * per-product figures (product_figures, kept with the rollups); with it, from the history tables (validity
 * intervals) and the facts as they were known then, so a past report comes out exactly as it would have then.
 */
export async function portfolioReport(
  pool: Pool,
  query: PortfolioQuery,
  now = new Date(),
): Promise<PortfolioReport> {
  const boundary = query.asOf === undefined ? undefined : asOfBoundary(query.asOf);
  const moment = boundary ? new Date(boundary.getTime() - 1) : now;
  const head = {
    asOf: boundary ? moment.toISOString() : null,
    revenueWindow: revenueWindow(moment),
    groupBy: query.groupBy ?? null,
  };
  const filters = { stage: query.stage, lineId: query.lineId, ownerId: query.ownerId, mine: query.mine };
  if (query.groupBy) {
    const totals = boundary ? undefined : await currentTotals(pool, filters, query.groupBy, moment);
    const groups =
      totals ?? groupPortfolio(await portfolioProducts(pool, filters, moment, boundary), query.groupBy);
    return { ...head, groups };
  }
  const limit = query.limit;
  const page = await portfolioProducts(
    pool,
    { ...filters, after: query.after, ...(limit === undefined ? {} : { limit: limit + 1 }) },
    moment,
    boundary,
  );
  const products = limit === undefined ? page : page.slice(0, limit);
  const last = products[products.length - 1];
  return {
    ...head,
    products,
    ...(page.length > products.length && last
      ? { nextCursor: encodePortfolioCursor({ name: last.name, productId: last.productId }) }
      : {}),
  };
}

async function currentTotals(
  pool: Pool,
  filters: PortfolioSelection,
  groupBy: PortfolioGrouping,
  moment: Date,
): Promise<PortfolioGroup[] | undefined> {
  const { day } = figuresDay(moment);
  const totals = await currentGroupTotals(pool, filters, groupBy, day);
  if (totals || !(await refreshStaleProductFigures(pool, moment))) return totals;
  return currentGroupTotals(pool, filters, groupBy, day);
}

/**
 * The selected products with their figures. Now: the stored figures; those not of today's day (the month
 * turned, a later-dated fact began to count) are refreshed first, or, while ingest holds the facts,
 * computed from the rollups for this answer. As of a moment: computed from the facts known then.
 */
async function portfolioProducts(
  pool: Pool,
  selection: PortfolioSelection,
  moment: Date,
  boundary: Date | undefined,
): Promise<PortfolioProduct[]> {
  if (boundary) {
    const listed = await listProductsAsOf(pool, selection, boundary);
    const figures = await withoutJit(pool, (client) =>
      computeProductFigures(
        client,
        productFiguresSelect(factPoints({ asOfParam: '$5', granularities: 'all' }), 'products'),
        listed.map((p) => p.productId),
        moment,
        [boundary],
      ),
    );
    return listed.map((p) => withFigures(p, figures.get(p.productId) ?? null));
  }
  const { day } = figuresDay(moment);
  let listed = await listCurrentProducts(pool, selection, day);
  if (listed.some((p) => p.storedFigures === undefined) && (await refreshStaleProductFigures(pool, moment)))
    listed = await listCurrentProducts(pool, selection, day);
  const stale = listed.filter((p) => p.storedFigures === undefined).map((p) => p.productId);
  const computed =
    stale.length === 0
      ? new Map<string, ProductFigures>()
      : await withoutJit(pool, (client) =>
          computeProductFigures(client, currentFiguresSelect('products'), stale, moment),
        );
  return listed.map((p) => withFigures(p, p.storedFigures ?? computed.get(p.productId) ?? null));
}

function withFigures(product: ListedProduct, figures: ProductFigures | null): PortfolioProduct {
  const { storedFigures: _stored, ...attributes } = product;
  return {
    ...attributes,
    revenueLast12Months: (figures?.revenueLast12Months ?? []).map((r) => ({
      currency: r.currency,
      amount: Number(r.amount),
    })),
    activeCustomers: figures?.activeCustomers == null ? null : Number(figures.activeCustomers),
    nps: figures?.nps == null ? null : Number(figures.nps),
  };
}
