import { rollupPoints } from '../../persistence/facts/rollup-points';

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
  return rollupPoints(options.granularities);
}

/** A timestamptz column or parameter "valid at" the boundary instant: [valid_from, valid_to) contains the moment. */
export function validAt(alias: string, boundaryParam: string): string {
  return `${alias}.valid_from < ${boundaryParam} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= ${boundaryParam})`;
}
