import type { RequestStatus } from '@product-ledger/contracts';

/** The status a request has after one of its events; undefined for events that do not change it. */
export function requestStatusAfter(eventType: string): RequestStatus | undefined {
  switch (eventType) {
    case 'RequestSubmitted':
      return 'open';
    case 'RequestAccepted':
      return 'accepted';
    case 'RequestDeclined':
      return 'declined';
    case 'RequestDeferred':
      return 'deferred';
    case 'RequestDelivered':
      return 'delivered';
    case 'RequestMerged':
      return 'merged';
    case 'RequestClosed':
      return 'closed';
    default:
      return undefined;
  }
}

/** Requests still waiting for a decision: open, or deferred until a later date. */
export const awaitingDecision: readonly RequestStatus[] = ['open', 'deferred'];

/** Requests whose demand still counts: waiting for a decision or accepted but not yet delivered. */
export const outstandingDemand: readonly RequestStatus[] = ['open', 'deferred', 'accepted'];
