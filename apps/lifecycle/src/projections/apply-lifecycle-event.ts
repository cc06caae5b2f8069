import type { lifecycleContracts } from '@product-ledger/contracts';
import type { ConsumedEventOf } from '@product-ledger/nest-event-sourcing';
import type { PoolClient } from 'pg';

/**
 * One lifecycle event into the `lifecycles` table, on the consumer's transaction (it commits with the
 * checkpoint). Events of one lifecycle arrive in order (same Kafka key); the statements are idempotent
 * anyway, so a replay gives the same rows. Events that change nothing listed are skipped.
 */
export async function applyLifecycleEvent(
  event: ConsumedEventOf<typeof lifecycleContracts>,
  client: PoolClient,
): Promise<void> {
  const at = (event.time ?? new Date()).toISOString();
  switch (event.type) {
    case 'LifecycleStarted': {
      const { data } = event;
      await client.query(
        `INSERT INTO lifecycles (lifecycle_id, product_id, version, stage, stage_entered_at, started_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT (lifecycle_id) DO NOTHING`,
        [data.lifecycleId, data.productId, data.version ?? null, data.stage, data.startedAt, at],
      );
      return;
    }
    case 'StageEntered': {
      const { data } = event;
      await update(client, data.lifecycleId, at, 'stage = $3, stage_entered_at = $4', [
        data.stage,
        data.enteredAt,
      ]);
      return;
    }
    case 'GateReviewOpened': {
      const { data } = event;
      await update(client, data.lifecycleId, at, 'open_review_id = $3, open_review_to_stage = $4', [
        data.reviewId,
        data.toStage,
      ]);
      return;
    }
    case 'GateDecisionRecorded': {
      const { data } = event;
      const approved = data.decision === 'go' && data.toStage === 'development';
      await update(
        client,
        data.lifecycleId,
        at,
        'open_review_id = NULL, open_review_to_stage = NULL, business_case_approved = business_case_approved OR $3',
        [approved],
      );
      return;
    }
    case 'BusinessCaseSubmitted': {
      const { data } = event;
      await update(client, data.lifecycleId, at, 'business_case_revision = $3', [data.revision]);
      return;
    }
    case 'WithdrawalAnnounced': {
      const { data } = event;
      await update(
        client,
        data.lifecycleId,
        at,
        'withdrawal_effective_date = $3, replacement_product_id = $4',
        [data.effectiveDate, data.replacementProductId ?? null],
      );
      return;
    }
    default:
      return;
  }
}

function update(client: PoolClient, lifecycleId: string, at: string, assignments: string, values: unknown[]) {
  return client.query(`UPDATE lifecycles SET ${assignments}, updated_at = $2 WHERE lifecycle_id = $1`, [
    lifecycleId,
    at,
    ...values,
  ]);
}
