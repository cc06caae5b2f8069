import type { Pool } from 'pg';

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
  readonly limit: number;
  readonly after?: LifecyclePosition;
}

/** Lifecycles oldest first; one row more than asked tells whether there is a next page. */
export async function listLifecycles(
  pool: Pool,
  filter: LifecycleFilter,
): Promise<{ rows: LifecycleRow[]; hasMore: boolean }> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const bind = (value: unknown) => `$${values.push(value)}`;
  if (filter.productId) conditions.push(`product_id = ${bind(filter.productId)}`);
  if (filter.stage) conditions.push(`stage = ${bind(filter.stage)}`);
  if (filter.after)
    conditions.push(
      `(started_at, lifecycle_id) > (${bind(filter.after.startedAt)}::timestamptz, ${bind(filter.after.lifecycleId)}::uuid)`,
    );
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const { rows } = await pool.query(
    `SELECT lifecycle_id::text AS "lifecycleId", product_id::text AS "productId", version, stage,
            to_json(stage_entered_at) #>> '{}' AS "stageEnteredAt", to_json(started_at) #>> '{}' AS "startedAt",
            open_review_id AS "openReviewId", open_review_to_stage AS "openReviewToStage",
            business_case_revision AS "businessCaseRevision", business_case_approved AS "businessCaseApproved",
            to_char(withdrawal_effective_date, 'YYYY-MM-DD') AS "withdrawalEffectiveDate",
            replacement_product_id::text AS "replacementProductId"
     FROM lifecycles ${where}
     ORDER BY started_at, lifecycle_id
     LIMIT ${bind(filter.limit + 1)}`,
    values,
  );
  return { rows: rows.slice(0, filter.limit) as LifecycleRow[], hasMore: rows.length > filter.limit };
}
