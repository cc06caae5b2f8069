import type { RequestSource, RequestStatus } from '@product-ledger/contracts';
import type { Pool } from 'pg';

export type RequestListSort = 'priority' | 'demand' | 'recent';

export interface RequestListFilter {
  readonly productId?: string;
  readonly status?: RequestStatus;
  readonly source?: RequestSource;
  readonly rhino?: boolean;
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
  pool: Pool,
  filter: RequestListFilter,
  sort: RequestListSort,
  limit: number,
  after?: RequestListPosition,
): Promise<{ rows: RequestListRow[]; last?: RequestListPosition }> {
  const { expression, type } = sortKeys[sort];
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.productId !== undefined) conditions.push(`product_id = ${param(filter.productId)}`);
  if (filter.status !== undefined) conditions.push(`status = ${param(filter.status)}`);
  if (filter.source !== undefined) conditions.push(`source = ${param(filter.source)}`);
  if (filter.rhino !== undefined) conditions.push(`rhino = ${param(filter.rhino)}`);
  if (after) conditions.push(`(${expression}, request_id) < (${param(after.key)}::${type}, ${param(after.requestId)}::uuid)`);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { rows } = await pool.query(
    `SELECT request_id, product_id, title, source, status, rhino, deal_value, demand, account_count, rice, strategic_fit,
            priority, submitted_at, updated_at, (${expression})::text AS sort_key
     FROM request_list ${where}
     ORDER BY ${expression} DESC, request_id DESC
     LIMIT ${param(limit + 1)}`,
    params,
  );
  const page = rows.slice(0, limit);
  const lastRow = page[page.length - 1];
  return {
    rows: page.map(toRow),
    last: rows.length > limit && lastRow ? { key: lastRow.sort_key, requestId: lastRow.request_id } : undefined,
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
