import { requestsContracts } from '@product-ledger/contracts';
import { defineProjection, type ProjectionDefinition } from '@product-ledger/nest-event-sourcing';
import type { PoolClient } from 'pg';
import type { RequestsTopology } from '../application/policies/requests-topology';
import { demandOf } from '../domain/request/customer-accounts';
import type { RequestEvent } from '../domain/request/request-events';
import { evolveRequest } from '../domain/request/request-evolve';
import type { RequestState, SubmittedRequest } from '../domain/request/request-state';
import { rerankProduct } from './rerank-product';

/**
 * The request list: each request's row folded with the domain's own `evolve`, so the list can never
 * disagree with the aggregate, then its product's priorities recomputed.
 */
export function requestListProjection(topology: RequestsTopology): ProjectionDefinition {
  return defineProjection({
    name: 'request-list',
    groupId: topology.groupId('request-list'),
    topics: [topology.requestsTopic],
    contracts: requestsContracts,
    reset: async (client) => {
      await client.query('TRUNCATE request_list');
    },
    async handle(consumed, client) {
      // The domain's events are the published contracts: the consumed event is one as it is.
      const event: RequestEvent = consumed;
      const before = await loadRow(client, event.data.requestId);
      const after = evolveRequest(before, event);
      if (!after.exists) return;
      await saveRow(client, after, consumed.time ?? new Date());
      const beforeProduct = before.exists ? (before.productId ?? null) : undefined;
      const afterProduct = after.productId ?? null;
      if (beforeProduct !== undefined && beforeProduct !== afterProduct)
        await rerankProduct(client, beforeProduct);
      await rerankProduct(client, afterProduct);
    },
  });
}

async function loadRow(client: PoolClient, requestId: string): Promise<RequestState> {
  const { rows } = await client.query<{ state: SubmittedRequest }>(
    'SELECT state FROM request_list WHERE request_id = $1 FOR UPDATE',
    [requestId],
  );
  return rows[0]?.state ?? { exists: false };
}

async function saveRow(client: PoolClient, state: SubmittedRequest, at: Date): Promise<void> {
  await client.query(
    `INSERT INTO request_list (request_id, product_id, title, source, status, rhino, deal_value, demand, account_count,
                               rice, strategic_fit, submitted_at, updated_at, state)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (request_id) DO UPDATE SET
       product_id = EXCLUDED.product_id, title = EXCLUDED.title, source = EXCLUDED.source, status = EXCLUDED.status,
       rhino = EXCLUDED.rhino, deal_value = EXCLUDED.deal_value, demand = EXCLUDED.demand,
       account_count = EXCLUDED.account_count, rice = EXCLUDED.rice, strategic_fit = EXCLUDED.strategic_fit,
       updated_at = EXCLUDED.updated_at, state = EXCLUDED.state`,
    [
      state.requestId,
      state.productId ?? null,
      state.title,
      state.source,
      state.status,
      state.rhino,
      state.dealValue,
      demandOf(state.accounts),
      state.accounts.length,
      state.score?.rice ?? null,
      state.score?.strategicFit ?? null,
      state.submittedAt,
      at,
      JSON.stringify(state),
    ],
  );
}
