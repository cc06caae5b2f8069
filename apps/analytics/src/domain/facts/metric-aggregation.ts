import { metricNames, type MetricName } from '@product-ledger/contracts';

/**
 * How values of one metric combine in a rollup:
 * - `sum`: a flow over the period (revenue, units sold, churn, tickets, margin in money): add everything up.
 * - `stock`: a level at a moment (active customers): average over time within a product and version, then
 *   add across products and versions.
 * - `score`: a rating or ratio (NPS, margin in percent): the average of everything reported.
 */
export type MetricAggregation = 'sum' | 'stock' | 'score';

export function metricAggregation(metric: MetricName, unit: string): MetricAggregation {
  if (metric === 'active_customers') return 'stock';
  if (metric === 'nps' || unit === 'percent') return 'score';
  return 'sum';
}

/**
 * The same rule as a SQL expression over columns `metric` and `unit`, so rollup queries aggregate in the
 * database exactly as `metricAggregation` says. Built from constants only (no user input).
 */
export function metricAggregationSql(metricColumn: string, unitColumn: string): string {
  const known = metricNames.map((name) => `'${name}'`).join(', ');
  return (
    `CASE WHEN ${metricColumn} = 'active_customers' THEN 'stock' ` +
    `WHEN ${metricColumn} = 'nps' OR ${unitColumn} = 'percent' THEN 'score' ` +
    `WHEN ${metricColumn} IN (${known}) THEN 'sum' END`
  );
}
