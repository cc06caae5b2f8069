import type { PoolClient } from 'pg';
import type { RequestState } from '../domain/request/request-state';

/** Keeps a request's index row in step with its stream; call in the transaction that appended. */
export async function indexRequest(client: PoolClient, state: RequestState): Promise<void> {
  if (!state.exists) return;
  const plannedVersion =
    state.status === 'accepted' && state.decision?.outcome === 'accept'
      ? state.decision.plannedVersion
      : null;
  await client.query(
    `INSERT INTO request_index (request_id, product_id, status, planned_version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (request_id) DO UPDATE
       SET product_id = EXCLUDED.product_id, status = EXCLUDED.status, planned_version = EXCLUDED.planned_version`,
    [state.requestId, state.productId ?? null, state.status, plannedVersion],
  );
}

/** Requests accepted for some version of the product (the decider checks the version). */
export async function acceptedRequestsOf(client: PoolClient, productId: string): Promise<string[]> {
  const { rows } = await client.query<{ request_id: string }>(
    `SELECT request_id FROM request_index WHERE product_id = $1 AND status = 'accepted' ORDER BY request_id`,
    [productId],
  );
  return rows.map((row) => row.request_id);
}

/** Requests of the product that still wait for something from it. */
export async function awaitingRequestsOf(
  client: PoolClient,
  productId: string,
  statuses: readonly string[],
): Promise<string[]> {
  const { rows } = await client.query<{ request_id: string }>(
    'SELECT request_id FROM request_index WHERE product_id = $1 AND status = ANY($2) ORDER BY request_id',
    [productId, statuses],
  );
  return rows.map((row) => row.request_id);
}
