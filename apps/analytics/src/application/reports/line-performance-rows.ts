import type { Pool } from 'pg';
import { metricAggregationSql, type MetricAggregation } from '../../domain/facts/metric-aggregation';
import type { DateRange } from '../../domain/reporting/period-range';

/** One point of the performance report as PostgreSQL answers it (exact decimals as text). */
export interface PerformanceRow {
  period: string;
  metric: string;
  unit: string;
  aggregation: MetricAggregation;
  value: string;
  sum: string;
  facts: number;
  products: number;
}

/** How a period's figure comes from its sum, count and sum of means (per_period columns in performance-report.ts). */
export const periodValueSql = (sum: string, facts: string, sumOfMeans: string) =>
  `CASE aggregation WHEN 'sum' THEN ${sum} WHEN 'stock' THEN ${sumOfMeans} ELSE ${sum} / ${facts} END`;

/**
 * The monthly performance of a line now, read from performance_line_monthly (line-rollups.ts): a dozen rows
 * per metric for 12 months, the same figures as adding up the line's products in performance_monthly.
 */
export async function lineMonthlyRows(
  pool: Pool,
  lineId: string,
  range: DateRange,
  metric: string | undefined,
): Promise<PerformanceRow[]> {
  const { rows } = await pool.query<PerformanceRow>(
    `SELECT to_char(month, 'YYYY-MM') AS period, metric, unit, aggregation,
            (${periodValueSql('value_sum', 'value_count', 'mean_sum')})::text AS value,
            value_sum::text AS sum, value_count AS facts, products
       FROM (SELECT l.*, ${metricAggregationSql('l.metric', 'l.unit')} AS aggregation
               FROM performance_line_monthly l
              WHERE l.line_id = $1 AND ($2::text IS NULL OR l.metric = $2)
                AND ($3::date IS NULL OR l.month >= $3::date) AND ($4::date IS NULL OR l.month < $4::date)) line_months
      ORDER BY metric, unit, month`,
    [lineId, metric ?? null, range.from ?? null, range.to ?? null],
  );
  return rows;
}
