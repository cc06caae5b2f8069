import type { PoolClient } from 'pg';
import { rankRequests } from '../domain/ranking/rank-requests';
import { rankedStatuses } from '../domain/ranking/ranking-candidate';
import type { SubmittedRequest } from '../domain/request/request-state';
import { rankingCandidate } from './ranking-candidates';

/**
 * Recomputes the stored priority of every ranked request of one product (null = the requests without a
 * product, ranked among themselves). RICE and demand count relative to the product's best request, so one
 * request's change moves the others' priority: the whole group is recomputed, with the same function the
 * ranking endpoint uses.
 */
export async function rerankProduct(client: PoolClient, productId: string | null): Promise<void> {
  const { rows } = await client.query<{ state: SubmittedRequest }>(
    'SELECT state FROM request_list WHERE product_id IS NOT DISTINCT FROM $1 AND status = ANY($2)',
    [productId, rankedStatuses],
  );
  const ranking = rankRequests(rows.map((row) => rankingCandidate(row.state)));
  await client.query(
    `UPDATE request_list SET priority = NULL
     WHERE product_id IS NOT DISTINCT FROM $1 AND NOT (status = ANY($2)) AND priority IS NOT NULL`,
    [productId, rankedStatuses],
  );
  if (ranking.length === 0) return;
  await client.query(
    `UPDATE request_list AS r SET priority = u.priority
     FROM unnest($1::uuid[], $2::numeric[]) AS u(request_id, priority)
     WHERE r.request_id = u.request_id AND r.priority IS DISTINCT FROM u.priority`,
    [ranking.map((entry) => entry.requestId), ranking.map((entry) => entry.priority)],
  );
}
