import type { DataSource } from 'typeorm';
import { rankRequests } from '../domain/ranking/rank-requests';
import { rankedStatuses } from '../domain/ranking/ranking-candidate';
import type { PriorityBreakdown } from '../domain/ranking/priority-breakdown';
import type { SubmittedRequest } from '../domain/request/request-state';
import { rankingCandidate } from './ranking-candidates';

export interface ProductRanking {
  readonly product: {
    readonly productId: string;
    readonly code: string | null;
    readonly name: string | null;
    readonly status: string | null;
  };
  readonly entries: PriorityBreakdown[];
}

/** The ranked requests of one product, from the request list, with the product as the catalogue names it. */
export async function queryProductRanking(db: DataSource, productId: string): Promise<ProductRanking> {
  const [requests, known] = await Promise.all([
    db
      .createQueryBuilder()
      .from('request_list', 'r')
      .select('r.state', 'state')
      .where('r.product_id = :productId', { productId })
      .andWhere('r.status IN (:...ranked)', { ranked: rankedStatuses })
      .getRawMany<{ state: SubmittedRequest }>(),
    db
      .createQueryBuilder()
      .from('known_products', 'k')
      .select(['k.code AS code', 'k.name AS name', 'k.status AS status'])
      .where('k.product_id = :productId', { productId })
      .getRawOne<{ code: string | null; name: string | null; status: string }>(),
  ]);
  return {
    product: {
      productId,
      code: known?.code ?? null,
      name: known?.name ?? null,
      status: known?.status ?? null,
    },
    entries: rankRequests(requests.map((row) => rankingCandidate(row.state))),
  };
}
