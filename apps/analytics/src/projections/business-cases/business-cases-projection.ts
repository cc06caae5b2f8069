import {
  lifecycleContracts,
  type BusinessCase,
  type EventData,
  type GateDecisionRecordedV1,
} from '@product-ledger/contracts';
import {
  defineProjection,
  type ConsumedEventOf,
  type ProjectionDefinition,
} from '@product-ledger/nest-event-sourcing';
import type { PoolClient } from 'pg';
import type { AnalyticsTopics } from '../../config';

export const businessCaseTables = ['business_cases'] as const;

/**
 * Business cases per lifecycle: the latest one submitted, the one the go at the gate into development
 * approved (as the decision event carries it), and the launch (first entry into in_life) the actual revenue
 * is counted from. Fed by lifecycle events only.
 */
export function businessCasesProjection(groupPrefix: string, topics: AnalyticsTopics): ProjectionDefinition {
  return defineProjection({
    name: 'business-cases',
    groupId: `${groupPrefix}.business-cases`,
    topics: [topics.lifecycle],
    contracts: lifecycleContracts,
    reset: async (client) => {
      await client.query(`TRUNCATE ${businessCaseTables.join(', ')}`);
    },
    handle: projectBusinessCases,
  });
}

async function projectBusinessCases(
  event: ConsumedEventOf<typeof lifecycleContracts>,
  client: PoolClient,
): Promise<void> {
  switch (event.type) {
    case 'BusinessCaseSubmitted': {
      const { data } = event;
      await client.query(
        `INSERT INTO business_cases (lifecycle_id, product_id, version, submitted_revision, submitted_at, currency, investment,
                                     expected_year1, expected_year2, expected_year3, payback_months, proposition)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (lifecycle_id) DO UPDATE SET submitted_revision = EXCLUDED.submitted_revision,
           submitted_at = EXCLUDED.submitted_at, currency = EXCLUDED.currency, investment = EXCLUDED.investment,
           expected_year1 = EXCLUDED.expected_year1, expected_year2 = EXCLUDED.expected_year2,
           expected_year3 = EXCLUDED.expected_year3, payback_months = EXCLUDED.payback_months,
           proposition = EXCLUDED.proposition`,
        [
          data.lifecycleId,
          data.productId,
          data.version ?? '',
          data.revision,
          data.submittedAt,
          data.currency,
          data.investment,
          data.expectedRevenue.year1,
          data.expectedRevenue.year2,
          data.expectedRevenue.year3,
          data.paybackMonths,
          data.proposition,
        ],
      );
      return;
    }
    case 'GateDecisionRecorded': {
      const { data } = event;
      if (data.toStage !== 'development' || data.decision !== 'go') return;
      return approve(client, data, data.businessCase);
    }
    case 'StageEntered': {
      const { data } = event;
      if (data.stage === 'in_life') await mark(client, data, 'launched_at', data.enteredAt);
      if (data.stage === 'killed') await mark(client, data, 'killed_at', data.enteredAt);
      return;
    }
  }
}

/** The approved forecast is the case the decision carries; without one, the latest submitted case. */
async function approve(
  client: PoolClient,
  data: EventData<typeof GateDecisionRecordedV1>,
  decided: BusinessCase | undefined,
): Promise<void> {
  const version = data.version ?? '';
  if (decided) {
    await client.query(
      `INSERT INTO business_cases (lifecycle_id, product_id, version, approved_revision, approved_at, approved_review_id,
                                   approved_currency, approved_investment, approved_year1, approved_year2, approved_year3,
                                   approved_payback_months)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (lifecycle_id) DO UPDATE SET approved_revision = EXCLUDED.approved_revision,
         approved_at = EXCLUDED.approved_at, approved_review_id = EXCLUDED.approved_review_id,
         approved_currency = EXCLUDED.approved_currency, approved_investment = EXCLUDED.approved_investment,
         approved_year1 = EXCLUDED.approved_year1, approved_year2 = EXCLUDED.approved_year2,
         approved_year3 = EXCLUDED.approved_year3, approved_payback_months = EXCLUDED.approved_payback_months`,
      [
        data.lifecycleId,
        data.productId,
        version,
        decided.revision,
        data.decidedAt,
        data.reviewId,
        decided.currency,
        decided.investment,
        decided.expectedRevenue.year1,
        decided.expectedRevenue.year2,
        decided.expectedRevenue.year3,
        decided.paybackMonths,
      ],
    );
    return;
  }
  await client.query(
    `UPDATE business_cases SET approved_revision = submitted_revision, approved_at = $2, approved_review_id = $3,
       approved_currency = currency, approved_investment = investment, approved_year1 = expected_year1,
       approved_year2 = expected_year2, approved_year3 = expected_year3, approved_payback_months = payback_months
     WHERE lifecycle_id = $1 AND submitted_revision IS NOT NULL`,
    [data.lifecycleId, data.decidedAt, data.reviewId],
  );
}

async function mark(
  client: PoolClient,
  data: { lifecycleId: string; productId: string; version?: string },
  column: 'launched_at' | 'killed_at',
  at: string,
): Promise<void> {
  await client.query(
    `INSERT INTO business_cases (lifecycle_id, product_id, version, ${column}) VALUES ($1, $2, $3, $4)
     ON CONFLICT (lifecycle_id) DO UPDATE SET ${column} = COALESCE(business_cases.${column}, EXCLUDED.${column})`,
    [data.lifecycleId, data.productId, data.version ?? '', at],
  );
}
