import type { ConsumedEvent } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import { awaitingDecision, requestStatusAfter } from '../../domain/requests/request-status';

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
  await countRequestMove(client, last ? { productId: last.product_id, status: last.status } : undefined, {
    productId,
    status: nextStatus,
  });
}

interface CountedRequest {
  readonly productId: string | null;
  readonly status: string;
}

/**
 * Keeps `portfolio_products.open_requests` / `accepted_requests` equal to the product's current request rows
 * by status (what the portfolio used to count at query time): the request leaves its previous product and
 * status, and counts for the new ones. The product's row is created if the catalogue has not been heard of it
 * yet (as the lifecycle events do), and kept for every product a request counted for. (No CHECK on the
 * counts: a row's check applies to the proposed row of an upsert, whose deltas may be negative.)
 */
async function countRequestMove(
  client: PoolClient,
  before: CountedRequest | undefined,
  after: CountedRequest,
): Promise<void> {
  const open = (request: CountedRequest | undefined) =>
    request && (awaitingDecision as readonly string[]).includes(request.status) ? 1 : 0;
  const accepted = (request: CountedRequest | undefined) => (request?.status === 'accepted' ? 1 : 0);
  await client.query({
    name: 'analytics.count-portfolio-requests',
    text: `INSERT INTO portfolio_products AS p (product_id, open_requests, accepted_requests)
     SELECT product_id, sum(open)::int, sum(accepted)::int
       FROM (VALUES ($1::uuid, $2::int, $3::int), ($4::uuid, $5::int, $6::int)) AS d (product_id, open, accepted)
      WHERE product_id IS NOT NULL
      GROUP BY product_id
     ON CONFLICT (product_id) DO UPDATE SET
       open_requests = p.open_requests + EXCLUDED.open_requests,
       accepted_requests = p.accepted_requests + EXCLUDED.accepted_requests`,
    values: [
      before?.productId ?? null,
      -open(before),
      -accepted(before),
      after.productId,
      open(after),
      accepted(after),
    ],
  });
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
