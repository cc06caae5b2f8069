import type { Pool } from 'pg';
import type { Granularity } from '../../domain/facts/fact-period';
import { metricAggregationSql, type MetricAggregation } from '../../domain/facts/metric-aggregation';
import { asOfBoundary } from '../../domain/reporting/as-of';
import { reportRange, type DateRange } from '../../domain/reporting/period-range';
import { factPoints, validAt } from './known-facts';
import { lineMonthlyRows, periodValueSql, type PerformanceRow } from './line-performance-rows';

export interface PerformanceQuery {
  /** At most one of productId, lineId and stage: whose performance. None: the whole portfolio. */
  readonly productId?: string;
  readonly lineId?: string;
  readonly stage?: string;
  /** With productId: only the facts about this version (omit for the product and all its versions). */
  readonly version?: string;
  readonly metric?: string;
  readonly from?: string;
  readonly to?: string;
  readonly granularity: Granularity;
  readonly asOf?: string;
}

export interface PerformancePoint {
  /** `2026-03` (month) or `2026-03-15` (day). */
  readonly period: string;
  readonly metric: string;
  readonly unit: string;
  /** The metric's figure for the period: see `aggregation`. */
  readonly value: number;
  readonly aggregation: MetricAggregation;
  /** Sum and number of the facts behind the figure. */
  readonly sum: number;
  readonly facts: number;
  /** Products with facts in the period. */
  readonly products: number;
}

export interface PerformanceReport {
  readonly scope: { productId?: string; version?: string; lineId?: string; stage?: string };
  readonly granularity: Granularity;
  readonly asOf: string | null;
  readonly points: PerformancePoint[];
}

/**
 * Performance series per period and metric for a product (optionally a version), a line (the products in
 * it now, or at `asOf`), a stage (facts about periods that began while the product was in that stage) or the
 * whole portfolio. Monthly figures include the daily facts of the month. Flows add up; active customers are
 * averaged over time per product and version, then added; scores are averaged.
 */
export async function performanceReport(pool: Pool, query: PerformanceQuery): Promise<PerformanceReport> {
  const boundary = query.asOf === undefined ? undefined : asOfBoundary(query.asOf);
  // Monthly figures cover whole months: `from=2026-01-15` starts with January.
  const monthly = query.granularity === 'month';
  const range = reportRange(
    monthly ? query.from?.slice(0, 7) : query.from,
    monthly ? query.to?.slice(0, 7) : query.to,
  );
  // A line's months now: its stored rollup (line-rollups.ts); otherwise added up from the products' rollups.
  const rows =
    query.lineId && monthly && !boundary
      ? await lineMonthlyRows(pool, query.lineId, range, query.metric)
      : await productRollupRows(pool, query, range, boundary);
  return {
    scope: {
      ...(query.productId ? { productId: query.productId } : {}),
      ...(query.version ? { version: query.version } : {}),
      ...(query.lineId ? { lineId: query.lineId } : {}),
      ...(query.stage ? { stage: query.stage } : {}),
    },
    granularity: query.granularity,
    asOf: boundary ? new Date(boundary.getTime() - 1).toISOString() : null,
    points: rows.map((row) => ({
      period: row.period,
      metric: row.metric,
      unit: row.unit,
      value: Number(row.value),
      aggregation: row.aggregation,
      sum: Number(row.sum),
      facts: row.facts,
      products: row.products,
    })),
  };
}

/**
 * The points added up from the products' rollups (or the facts known at `asOf`) at query time: per product
 * and version first, then per period. The definition the stored line rollup is tested against.
 */
export async function productRollupRows(
  pool: Pool,
  query: PerformanceQuery,
  range: DateRange,
  boundary: Date | undefined,
): Promise<PerformanceRow[]> {
  const monthly = query.granularity === 'month';
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const asOfParam = boundary ? param(boundary) : undefined;
  // Whole months of the current facts come straight from the monthly rollup; a stage needs the days.
  const source =
    monthly && !asOfParam && !query.stage
      ? `(SELECT product_id, version, metric, unit, origin AS granularity, month AS start, value_sum, value_count FROM performance_monthly)`
      : factPoints({ asOfParam, granularities: monthly ? 'all' : 'day' });

  const conditions: string[] = [];
  if (query.productId) conditions.push(`pt.product_id = ${param(query.productId)}`);
  if (query.version) conditions.push(`pt.version = ${param(query.version)}`);
  if (query.metric) conditions.push(`pt.metric = ${param(query.metric)}`);
  if (range.from) conditions.push(`pt.start >= ${param(range.from)}::date`);
  if (range.to) conditions.push(`pt.start < ${param(range.to)}::date`);
  if (query.lineId) {
    const line = param(query.lineId);
    conditions.push(
      asOfParam
        ? `pt.product_id IN (SELECT h.product_id FROM portfolio_product_history h WHERE h.line_id = ${line} AND ${validAt('h', asOfParam)})`
        : `pt.product_id IN (SELECT product_id FROM portfolio_products WHERE line_id = ${line})`,
    );
  }
  if (query.stage) {
    // The stage the product was in when the fact's period began (UTC midnight of its first day).
    conditions.push(`EXISTS (
      SELECT 1 FROM portfolio_stage_history sh
       WHERE sh.product_id = pt.product_id AND sh.version = '' AND sh.stage = ${param(query.stage)}
         AND sh.valid_from <= (pt.start::timestamp AT TIME ZONE 'UTC')
         AND (sh.valid_to IS NULL OR sh.valid_to > (pt.start::timestamp AT TIME ZONE 'UTC')))`);
  }
  const bucket = query.granularity === 'day' ? 'pt.start' : `date_trunc('month', pt.start)::date`;
  const periodFormat = query.granularity === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM';

  const { rows } = await pool.query<PerformanceRow>(
    `WITH per_product AS (
       SELECT ${bucket} AS bucket, pt.product_id, pt.version, pt.metric, pt.unit,
              sum(pt.value_sum) AS value_sum, sum(pt.value_count)::int AS value_count
         FROM ${source} pt
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        GROUP BY 1, 2, 3, 4, 5),
     per_period AS (
       SELECT bucket, metric, unit, ${metricAggregationSql('metric', 'unit')} AS aggregation,
              sum(value_sum) AS sum, sum(value_sum / value_count) AS sum_of_means, sum(value_count)::int AS facts,
              count(DISTINCT product_id)::int AS products
         FROM per_product GROUP BY bucket, metric, unit)
     SELECT to_char(bucket, '${periodFormat}') AS period, metric, unit, aggregation,
            (${periodValueSql('sum', 'facts', 'sum_of_means')})::text AS value,
            sum::text AS sum, facts, products
       FROM per_period
      ORDER BY metric, unit, bucket`,
    params,
  );
  return rows;
}
