import type { RollupBucket } from './rollup-bucket';

/** A fact added to a bucket, with its value as exact decimal text (as stored in `facts.value`). */
export interface AddedPoint extends RollupBucket {
  readonly value: string;
}

/**
 * What a write did to the rollups: buckets that lost a fact (a superseded version was closed or removed), which
 * are recomputed from their current facts, and facts added, which are added to their buckets. Adding is exact
 * (a numeric sum has the scale of its largest operand, whatever the order), so an added-to bucket equals a
 * recomputed one, text included; taking a fact out would not be (a subtraction keeps the removed value's scale).
 */
export interface RollupChanges {
  readonly replaced: readonly RollupBucket[];
  readonly added: readonly AddedPoint[];
}
