/**
 * Rollup-shaped points of the facts, either as known now (the rollup tables) or as known at an earlier
 * moment (the bitemporal facts table: recorded before it, not yet superseded then). Every report reads
 * facts through this, so `asOf` means the same thing everywhere.
 *
 * Columns: product_id, version, metric, unit, granularity ('day' | 'month'), start (date), value_sum, value_count.
 * `$n` is the parameter holding the boundary instant (first instant after the moment) when `asOf` is set.
 */
export function factPoints(options: { asOfParam?: string; granularities: 'day' | 'all' }): string {
  if (options.asOfParam) {
    const granularity = options.granularities === 'day' ? `AND f.granularity = 'day'` : '';
    return `(SELECT f.product_id, f.version, f.metric, f.unit, f.granularity, f.valid_from AS start,
                    sum(f.value) AS value_sum, count(*)::int AS value_count
               FROM facts f
              WHERE f.recorded_at < ${options.asOfParam}
                AND (f.superseded_at IS NULL OR f.superseded_at >= ${options.asOfParam}) ${granularity}
              GROUP BY f.product_id, f.version, f.metric, f.unit, f.granularity, f.valid_from)`;
  }
  const daily = `SELECT d.product_id, d.version, d.metric, d.unit, 'day'::text AS granularity, d.day AS start, d.value_sum, d.value_count
                   FROM performance_daily d`;
  if (options.granularities === 'day') return `(${daily})`;
  return `(${daily}
           UNION ALL
           SELECT m.product_id, m.version, m.metric, m.unit, 'month'::text, m.month, m.value_sum, m.value_count
             FROM performance_monthly m WHERE m.origin = 'month')`;
}

/** A timestamptz column or parameter "valid at" the boundary instant: [valid_from, valid_to) contains the moment. */
export function validAt(alias: string, boundaryParam: string): string {
  return `${alias}.valid_from < ${boundaryParam} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${boundaryParam})`;
}
