import { stewardedProducts } from '@product-ledger/product-access';
import type { DataSource } from 'typeorm';

export interface LifecycleRow {
  readonly lifecycleId: string;
  readonly productId: string;
  readonly version: string | null;
  readonly stage: string;
  readonly stageEnteredAt: string;
  readonly startedAt: string;
  readonly openReviewId: string | null;
  readonly openReviewToStage: string | null;
  readonly businessCaseRevision: number | null;
  readonly businessCaseApproved: boolean;
  readonly withdrawalEffectiveDate: string | null;
  readonly replacementProductId: string | null;
}

/** Keyset position: the last row of the previous page. */
export interface LifecyclePosition {
  readonly startedAt: string;
  readonly lifecycleId: string;
}

export interface LifecycleFilter {
  readonly productId?: string;
  readonly stage?: string;
  /** Only lifecycles of products this person owns or is a stakeholder of. */
  readonly mine?: string;
  readonly limit: number;
  readonly after?: LifecyclePosition;
}

/** Lifecycles oldest first; one row more than asked tells whether there is a next page. */
export async function listLifecycles(
  db: DataSource,
  filter: LifecycleFilter,
): Promise<{ rows: LifecycleRow[]; hasMore: boolean }> {
  const query = db
    .createQueryBuilder()
    .from('lifecycles', 'c')
    .select('c.lifecycle_id::text', 'lifecycleId')
    .addSelect('c.product_id::text', 'productId')
    .addSelect(['c.version AS version', 'c.stage AS stage'])
    .addSelect(`to_json(c.stage_entered_at) #>> '{}'`, 'stageEnteredAt')
    .addSelect(`to_json(c.started_at) #>> '{}'`, 'startedAt')
    .addSelect('c.open_review_id', 'openReviewId')
    .addSelect('c.open_review_to_stage', 'openReviewToStage')
    .addSelect('c.business_case_revision', 'businessCaseRevision')
    .addSelect('c.business_case_approved', 'businessCaseApproved')
    .addSelect(`to_char(c.withdrawal_effective_date, 'YYYY-MM-DD')`, 'withdrawalEffectiveDate')
    .addSelect('c.replacement_product_id::text', 'replacementProductId')
    .orderBy('c.started_at')
    .addOrderBy('c.lifecycle_id')
    .limit(filter.limit + 1);
  if (filter.productId) query.andWhere('c.product_id = :productId', { productId: filter.productId });
  if (filter.stage) query.andWhere('c.stage = :stage', { stage: filter.stage });
  if (filter.mine !== undefined) query.andWhere(stewardedProducts('c.product_id'), { mine: filter.mine });
  if (filter.after)
    query.andWhere(
      '(c.started_at, c.lifecycle_id) > (CAST(:startedAt AS timestamptz), CAST(:lifecycleId AS uuid))',
      {
        startedAt: filter.after.startedAt,
        lifecycleId: filter.after.lifecycleId,
      },
    );
  const rows = await query.getRawMany<LifecycleRow>();
  return { rows: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
}
