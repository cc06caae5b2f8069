/**
 * The `lifecycles` read model: one row per lifecycle, what `GET /lifecycles` lists and filters. Plain SQL
 * so BI tools can read it too; each statement is idempotent (it runs at every start).
 *
 * | column                    | meaning                                                           |
 * |---------------------------|-------------------------------------------------------------------|
 * | lifecycle_id              | uuid, `lifecycleIdFor(productId, version?)`                       |
 * | product_id, version       | the product; version is null for the product's own lifecycle      |
 * | stage, stage_entered_at   | the current stage and since when                                  |
 * | started_at                | when the lifecycle started (list order)                           |
 * | open_review_id/_to_stage  | the gate review in progress, if any                               |
 * | business_case_revision    | latest submitted business case revision, if any                   |
 * | business_case_approved    | the development gate said go                                      |
 * | withdrawal_effective_date | announced withdrawal date; replacement_product_id its replacement  |
 * | updated_at                | time of the last event applied                                    |
 */
export const readModelMigration = `
  CREATE TABLE IF NOT EXISTS lifecycles (
    lifecycle_id uuid PRIMARY KEY,
    product_id uuid NOT NULL,
    version text,
    stage text NOT NULL,
    stage_entered_at timestamptz NOT NULL,
    started_at timestamptz NOT NULL,
    open_review_id text,
    open_review_to_stage text,
    business_case_revision integer,
    business_case_approved boolean NOT NULL DEFAULT false,
    withdrawal_effective_date date,
    replacement_product_id uuid,
    updated_at timestamptz NOT NULL
  );
  CREATE INDEX IF NOT EXISTS lifecycles_by_start ON lifecycles (started_at, lifecycle_id);
  CREATE INDEX IF NOT EXISTS lifecycles_by_product ON lifecycles (product_id, started_at, lifecycle_id);
  CREATE INDEX IF NOT EXISTS lifecycles_by_stage ON lifecycles (stage, started_at, lifecycle_id);
`;
