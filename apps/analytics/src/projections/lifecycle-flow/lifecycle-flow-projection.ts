import { lifecycleContracts, type EventData, type StageEnteredV1 } from '@product-ledger/contracts';
import {
  defineProjection,
  type ConsumedEventOf,
  type ProjectionDefinition,
} from '@product-ledger/nest-event-sourcing';
import type { PoolClient } from 'pg';
import type { AnalyticsTopics } from '../../config';

export const lifecycleFlowTables = ['flow_lifecycles', 'flow_stage_intervals', 'flow_gate_reviews'] as const;

/**
 * How products move through the lifecycle: each stage interval (time in stage), each gate review and its
 * decision (pass and kill rates per gate), and per lifecycle when it entered innovation and in_life (cycle
 * time to launch). Fed by lifecycle events only, one lifecycle stream at a time.
 */
export function lifecycleFlowProjection(groupPrefix: string, topics: AnalyticsTopics): ProjectionDefinition {
  return defineProjection({
    name: 'lifecycle-flow',
    groupId: `${groupPrefix}.lifecycle-flow`,
    topics: [topics.lifecycle],
    contracts: lifecycleContracts,
    reset: async (client) => {
      await client.query(`TRUNCATE ${lifecycleFlowTables.join(', ')}`);
    },
    handle: projectLifecycleFlow,
  });
}

async function projectLifecycleFlow(
  event: ConsumedEventOf<typeof lifecycleContracts>,
  client: PoolClient,
): Promise<void> {
  switch (event.type) {
    case 'LifecycleStarted': {
      const { data } = event;
      await client.query(
        `INSERT INTO flow_lifecycles (lifecycle_id, product_id, version, start_stage, started_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (lifecycle_id) DO UPDATE SET start_stage = EXCLUDED.start_stage, started_at = EXCLUDED.started_at`,
        [data.lifecycleId, data.productId, data.version ?? '', data.stage, data.startedAt],
      );
      return;
    }
    case 'StageEntered':
      return enterStage(client, event.data);
    case 'GateReviewOpened': {
      const { data } = event;
      await client.query(
        `INSERT INTO flow_gate_reviews (review_id, lifecycle_id, product_id, version, from_stage, to_stage, opened_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (review_id) DO UPDATE SET opened_at = EXCLUDED.opened_at`,
        [
          data.reviewId,
          data.lifecycleId,
          data.productId,
          data.version ?? '',
          data.fromStage,
          data.toStage,
          data.openedAt,
        ],
      );
      return;
    }
    case 'GateDecisionRecorded': {
      const { data } = event;
      await client.query(
        `INSERT INTO flow_gate_reviews (review_id, lifecycle_id, product_id, version, from_stage, to_stage, decision,
                                        resulting_stage, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (review_id) DO UPDATE SET decision = EXCLUDED.decision, resulting_stage = EXCLUDED.resulting_stage,
           decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
        [
          data.reviewId,
          data.lifecycleId,
          data.productId,
          data.version ?? '',
          data.fromStage,
          data.toStage,
          data.decision,
          data.resultingStage,
          data.decidedBy,
          data.decidedAt,
        ],
      );
      return;
    }
  }
}

async function enterStage(client: PoolClient, data: EventData<typeof StageEnteredV1>): Promise<void> {
  const version = data.version ?? '';
  await client.query(
    `UPDATE flow_stage_intervals SET left_at = $2, next_stage = $3 WHERE lifecycle_id = $1 AND left_at IS NULL`,
    [data.lifecycleId, data.enteredAt, data.stage],
  );
  await client.query(
    `INSERT INTO flow_stage_intervals (lifecycle_id, entry_no, product_id, version, stage, cause, entered_at)
     SELECT $1, COALESCE(max(entry_no), 0) + 1, $2, $3, $4, $5, $6 FROM flow_stage_intervals WHERE lifecycle_id = $1`,
    [data.lifecycleId, data.productId, version, data.stage, data.cause, data.enteredAt],
  );
  await client.query(
    `INSERT INTO flow_lifecycles (lifecycle_id, product_id, version, current_stage) VALUES ($1, $2, $3, $4)
     ON CONFLICT (lifecycle_id) DO UPDATE SET current_stage = EXCLUDED.current_stage`,
    [data.lifecycleId, data.productId, version, data.stage],
  );
  const firstEntry: Record<string, string> = {
    innovation: 'innovation_at',
    in_life: 'in_life_at',
    killed: 'killed_at',
    withdrawn: 'withdrawn_at',
  };
  const column = firstEntry[data.stage];
  if (column) {
    await client.query(
      `UPDATE flow_lifecycles SET ${column} = COALESCE(${column}, $2) WHERE lifecycle_id = $1`,
      [data.lifecycleId, data.enteredAt],
    );
  }
}
