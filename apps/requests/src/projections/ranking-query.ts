import type { Pool } from 'pg';
import { rankRequests } from '../domain/ranking/rank-requests';
import { rankedStatuses } from '../domain/ranking/ranking-candidate';
import type { PriorityBreakdown } from '../domain/ranking/priority-breakdown';
import type { SubmittedRequest } from '../domain/request/request-state';
import { rankingCandidate } from './ranking-candidates';

export interface ProductRanking {
  readonly product: { readonly productId: string; readonly code: string | null; readonly name: string | null; readonly status: string | null };
  readonly entries: PriorityBreakdown[];
}

/** The ranked requests of one product, from the request list, with the product as the catalogue names it. */
export async function queryProductRanking(pool: Pool, productId: string): Promise<ProductRanking> {
  const [requests, product] = await Promise.all([
    pool.query<{ state: SubmittedRequest }>('SELECT state FROM request_list WHERE product_id = $1 AND status = ANY($2)', [
      productId,
      rankedStatuses,
    ]),
    pool.query<{ code: string | null; name: string | null; status: string }>(
      'SELECT code, name, status FROM known_products WHERE product_id = $1',
      [productId],
    ),
  ]);
  const known = product.rows[0];
  return {
    product: { productId, code: known?.code ?? null, name: known?.name ?? null, status: known?.status ?? null },
    entries: rankRequests(requests.rows.map((row) => rankingCandidate(row.state))),
  };
}
