/**
 * The current facts as rollup-shaped points: the daily rollup (one point per day) and the monthly rollup of
 * monthly facts (one point per month; the monthly rows of daily facts would count those facts twice).
 *
 * Columns: product_id, version, metric, unit, granularity ('day' | 'month'), start (date), value_sum, value_count.
 * A plain `UNION ALL` of two tables, so a condition on product_id or metric outside it reaches each table's
 * indexes.
 */
export function rollupPoints(granularities: 'day' | 'all'): string {
  const daily = `SELECT d.product_id, d.version, d.metric, d.unit, 'day'::text AS granularity, d.day AS start, d.value_sum, d.value_count
                   FROM performance_daily d`;
  if (granularities === 'day') return `(${daily})`;
  return `(${daily}
           UNION ALL
           SELECT m.product_id, m.version, m.metric, m.unit, 'month'::text, m.month, m.value_sum, m.value_count
             FROM performance_monthly m WHERE m.origin = 'month')`;
}
