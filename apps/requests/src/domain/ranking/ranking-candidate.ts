import type { CustomerAccount, RequestStatus, RiceImpact } from '@product-ledger/contracts';

/** What the ranking needs to know about one request of a product. */
export interface RankingCandidate {
  readonly requestId: string;
  readonly title: string;
  readonly status: RequestStatus;
  readonly rhino: boolean;
  /** Distinct accounts that want the request. */
  readonly accounts: readonly CustomerAccount[];
  readonly score?: {
    readonly reach: number;
    readonly impact: RiceImpact;
    readonly confidence: number;
    readonly effort: number;
    readonly rice: number;
    readonly strategicFit: number;
  };
  readonly submittedAt: string;
}

/** Requests still in play for a product: waiting for a decision, deferred, or accepted and not yet delivered. */
export const rankedStatuses: readonly RequestStatus[] = ['open', 'deferred', 'accepted'];
