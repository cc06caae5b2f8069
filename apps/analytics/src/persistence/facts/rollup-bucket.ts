/** A cell of the performance rollups: what one fact counts towards (its day, or its month). */
export interface RollupBucket {
  readonly productId: string;
  readonly version: string;
  readonly metric: string;
  readonly unit: string;
  readonly granularity: 'day' | 'month';
  /** First day of the fact's period. */
  readonly validFrom: string;
}

export function bucketKey(bucket: RollupBucket): string {
  return JSON.stringify([
    bucket.productId,
    bucket.version,
    bucket.metric,
    bucket.unit,
    bucket.granularity,
    bucket.validFrom,
  ]);
}
