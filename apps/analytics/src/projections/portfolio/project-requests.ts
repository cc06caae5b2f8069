import type { ConsumedEvent } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import { requestStatusAfter } from '../../domain/requests/request-status';

interface RequestChange {
  readonly requestId: string;
  readonly productId?: string;
  /** When it happened, from the event's own time field. */
  readonly at: string;
}

/** Request events -> which product each request counts for and its status, over time (asOf counts). */
export async function projectRequestIntoPortfolio(event: ConsumedEvent, client: PoolClient): Promise<void> {
  const change = requestChangeOf(event);
  if (!change) return;
  const status = requestStatusAfter(event.type);
  const { rows } = await client.query<{ revision: number; product_id: string | null; status: string }>(
    `SELECT revision, product_id, status FROM portfolio_request_history WHERE request_id = $1 ORDER BY revision DESC LIMIT 1`,
    [change.requestId],
  );
  const last = rows[0];
  const productId = change.productId ?? last?.product_id ?? null;
  const nextStatus = status ?? last?.status ?? 'open';
  if (last && last.product_id === productId && last.status === nextStatus) return;
  if (last) {
    await client.query(
      `UPDATE portfolio_request_history SET valid_to = $3 WHERE request_id = $1 AND revision = $2`,
      [change.requestId, last.revision, change.at],
    );
  }
  await client.query(
    `INSERT INTO portfolio_request_history (request_id, revision, product_id, status, valid_from) VALUES ($1, $2, $3, $4, $5)`,
    [change.requestId, (last?.revision ?? 0) + 1, productId, nextStatus, change.at],
  );
}

function requestChangeOf(event: ConsumedEvent): RequestChange | undefined {
  const data = event.data as Record<string, unknown> & { requestId: string; productId?: string };
  const at = {
    RequestSubmitted: data.submittedAt,
    RequestLinkedToProduct: data.linkedAt,
    RequestAccepted: data.decidedAt,
    RequestDeclined: data.decidedAt,
    RequestDeferred: data.decidedAt,
    RequestDelivered: data.deliveredAt,
    RequestMerged: data.mergedAt,
    RequestClosed: data.closedAt,
  }[event.type];
  if (typeof at !== 'string') return undefined;
  return { requestId: data.requestId, productId: data.productId, at };
}
