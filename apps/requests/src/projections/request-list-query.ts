import type { RequestSource, RequestStatus } from '@product-ledger/contracts';
import { stewardedProducts } from '@product-ledger/product-access';
import type { DataSource } from 'typeorm';

export type RequestListSort = 'priority' | 'demand' | 'recent';

export interface RequestListFilter {
  readonly productId?: string;
  readonly status?: RequestStatus;
  readonly source?: RequestSource;
  readonly rhino?: boolean;
  /** Only requests of products this person owns or is a stakeholder of. */
  readonly mine?: string;
}

export interface RequestListRow {
  readonly requestId: string;
  readonly productId: string | null;
  readonly title: string;
  readonly source: RequestSource;
  readonly status: RequestStatus;
  readonly rhino: boolean;
  readonly dealValue: number;
  readonly demand: number;
  readonly accountCount: number;
  readonly rice: number | null;
  readonly strategicFit: number | null;
  readonly priority: number | null;
  readonly submittedAt: string;
  readonly updatedAt: string;
}

/** Where a page ends: the sort key (as PostgreSQL prints it, so it compares exactly) and the request id. */
export interface RequestListPosition {
  readonly key: string;
  readonly requestId: string;
}

/** Sort key expression and its type; every order is descending, ties broken by request id. */
const sortKeys: Record<RequestListSort, { expression: string; type: string }> = {
  recent: { expression: 'submitted_at', type: 'timestamptz' },
  demand: { expression: 'demand', type: 'numeric' },
  // Requests that are not ranked (declined, merged, delivered, closed) come last.
  priority: { expression: 'coalesce(priority, -1)', type: 'numeric' },
};

/** One page of the request list (keyset pagination: stable while rows are added). */
export async function queryRequestList(
  db: DataSource,
  filter: RequestListFilter,
  sort: RequestListSort,
  limit: number,
  after?: RequestListPosition,
): Promise<{ rows: RequestListRow[]; last?: RequestListPosition }> {
  const { expression, type } = sortKeys[sort];
  const query = db
    .createQueryBuilder()
    .from('request_list', 'r')
    .select([
      'request_id',
      'product_id',
      'title',
      'source',
      'status',
      'rhino',
      'deal_value',
      'demand',
      'account_count',
      'rice',
      'strategic_fit',
      'priority',
      'submitted_at',
      'updated_at',
    ])
    .addSelect(`(${expression})::text`, 'sort_key')
    .orderBy(expression, 'DESC')
    .addOrderBy('request_id', 'DESC')
    .limit(limit + 1);
  if (filter.productId !== undefined)
    query.andWhere('product_id = :productId', { productId: filter.productId });
  if (filter.status !== undefined) query.andWhere('status = :status', { status: filter.status });
  if (filter.source !== undefined) query.andWhere('source = :source', { source: filter.source });
  if (filter.rhino !== undefined) query.andWhere('rhino = :rhino', { rhino: filter.rhino });
  if (filter.mine !== undefined) query.andWhere(stewardedProducts('product_id'), { mine: filter.mine });
  if (after)
    query.andWhere(`(${expression}, request_id) < (CAST(:key AS ${type}), CAST(:requestId AS uuid))`, {
      key: after.key,
      requestId: after.requestId,
    });
  const rows = await query.getRawMany<Record<string, unknown>>();
  const page = rows.slice(0, limit);
  const lastRow = page[page.length - 1];
  return {
    rows: page.map(toRow),
    last:
      rows.length > limit && lastRow
        ? { key: lastRow.sort_key as string, requestId: lastRow.request_id as string }
        : undefined,
  };
}

function toRow(row: Record<string, unknown>): RequestListRow {
  const numberOrNull = (value: unknown) => (value === null ? null : Number(value));
  return {
    requestId: row.request_id as string,
    productId: row.product_id as string | null,
    title: row.title as string,
    source: row.source as RequestSource,
    status: row.status as RequestStatus,
    rhino: row.rhino as boolean,
    dealValue: Number(row.deal_value),
    demand: Number(row.demand),
    accountCount: row.account_count as number,
    rice: numberOrNull(row.rice),
    strategicFit: numberOrNull(row.strategic_fit),
    priority: numberOrNull(row.priority),
    submittedAt: (row.submitted_at as Date).toISOString(),
    updatedAt: (row.updated_at as Date).toISOString(),
  };
}
