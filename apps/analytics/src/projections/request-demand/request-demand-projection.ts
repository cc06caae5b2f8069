import { requestsContracts, type CustomerAccount } from '@product-ledger/contracts';
import {
  defineProjection,
  type ConsumedEventOf,
  type ProjectionDefinition,
} from '@product-ledger/nest-event-sourcing';
import type { PoolClient } from 'pg';
import type { AnalyticsTopics } from '../../config';

export const requestDemandTables = ['demand_requests', 'demand_request_accounts'] as const;

/**
 * Request demand: one row per request (product, status, RHiNO flag, when submitted and first decided) and
 * the customer accounts behind it with their revenue, so demand per product can be weighted by distinct
 * accounts' revenue. Fed by the requests topic only, one request stream at a time.
 */
export function requestDemandProjection(groupPrefix: string, topics: AnalyticsTopics): ProjectionDefinition {
  return defineProjection({
    name: 'request-demand',
    groupId: `${groupPrefix}.request-demand`,
    topics: [topics.requests],
    contracts: requestsContracts,
    reset: async (client) => {
      await client.query(`TRUNCATE ${requestDemandTables.join(', ')}`);
    },
    handle: projectRequestDemand,
  });
}

async function projectRequestDemand(
  event: ConsumedEventOf<typeof requestsContracts>,
  client: PoolClient,
): Promise<void> {
  switch (event.type) {
    case 'RequestSubmitted': {
      const { data } = event;
      await client.query(
        `INSERT INTO demand_requests (request_id, product_id, source, status, rhino, deal_value, submitted_at)
         VALUES ($1, $2, $3, 'open', $4, $5, $6) ON CONFLICT (request_id) DO NOTHING`,
        [data.requestId, data.productId ?? null, data.source, data.rhino, data.dealValue, data.submittedAt],
      );
      return addAccounts(client, data.requestId, data.accounts);
    }
    case 'RequestLinkedToProduct': {
      const { data } = event;
      return update(client, data.requestId, 'product_id = $2', [data.productId]);
    }
    case 'RequestEndorsed': {
      const { data } = event;
      await update(client, data.requestId, 'rhino = $2', [data.rhino]);
      return addAccounts(client, data.requestId, [data.account]);
    }
    case 'DuplicateAbsorbed': {
      const { data } = event;
      await update(client, data.requestId, 'rhino = $2', [data.rhino]);
      return addAccounts(client, data.requestId, data.accounts);
    }
    case 'RequestMerged': {
      const { data } = event;
      return update(client, data.requestId, `status = 'merged', merged_into = $2, closed_at = $3`, [
        data.intoRequestId,
        data.mergedAt,
      ]);
    }
    case 'RequestScored': {
      const { data } = event;
      return update(client, data.requestId, 'rice = $2, strategic_fit = $3', [data.rice, data.strategicFit]);
    }
    case 'RequestAccepted': {
      const { data } = event;
      return decide(
        client,
        data.requestId,
        'accept',
        data.decidedAt,
        `status = 'accepted', product_id = $4, planned_version = $5, rhino = $6`,
        [data.productId, data.plannedVersion, data.rhino],
      );
    }
    case 'RequestDeclined': {
      const { data } = event;
      return decide(client, data.requestId, 'decline', data.decidedAt, `status = 'declined'`, []);
    }
    case 'RequestDeferred': {
      const { data } = event;
      return decide(client, data.requestId, 'defer', data.decidedAt, `status = 'deferred'`, []);
    }
    case 'RequestDelivered': {
      const { data } = event;
      return update(client, data.requestId, `status = 'delivered', product_id = $2, delivered_at = $3`, [
        data.productId,
        data.deliveredAt,
      ]);
    }
    case 'RequestClosed': {
      const { data } = event;
      return update(client, data.requestId, `status = 'closed', product_id = $2, closed_at = $3`, [
        data.productId,
        data.closedAt,
      ]);
    }
  }
}

async function update(
  client: PoolClient,
  requestId: string,
  assignments: string,
  values: unknown[],
): Promise<void> {
  await client.query(`UPDATE demand_requests SET ${assignments} WHERE request_id = $1`, [
    requestId,
    ...values,
  ]);
}

/** Time to decision counts to the first decision; later ones (a deferred request decided) change the status only. */
async function decide(
  client: PoolClient,
  requestId: string,
  decision: 'accept' | 'decline' | 'defer',
  decidedAt: string,
  assignments: string,
  values: unknown[],
): Promise<void> {
  await client.query(
    `UPDATE demand_requests SET ${assignments},
       first_decision = COALESCE(first_decision, $2), first_decided_at = COALESCE(first_decided_at, $3)
     WHERE request_id = $1`,
    [requestId, decision, decidedAt, ...values],
  );
}

async function addAccounts(
  client: PoolClient,
  requestId: string,
  accounts: readonly CustomerAccount[],
): Promise<void> {
  if (accounts.length === 0) return;
  await client.query(
    `INSERT INTO demand_request_accounts (request_id, account_id, account_name, revenue)
     SELECT $1, a.account_id, a.name, a.revenue FROM unnest($2::text[], $3::text[], $4::numeric[]) AS a(account_id, name, revenue)
     ON CONFLICT (request_id, account_id) DO NOTHING`,
    [
      requestId,
      accounts.map((a) => a.accountId),
      accounts.map((a) => a.name),
      accounts.map((a) => String(a.revenue)),
    ],
  );
}
