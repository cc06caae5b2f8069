import type { CustomerAccount, RequestSource, RequestStatus, RiceImpact } from '@product-ledger/contracts';

export interface RequestScore {
  readonly reach: number;
  readonly impact: RiceImpact;
  readonly confidence: number;
  readonly effort: number;
  /** reach × impact × confidence ÷ effort. */
  readonly rice: number;
  readonly strategicFit: number;
  readonly scoredBy: string;
  readonly scoredAt: string;
}

export type RequestDecision =
  | {
      readonly outcome: 'accept';
      readonly plannedVersion: string;
      readonly rationale?: string;
      readonly decidedBy: string;
      readonly decidedAt: string;
    }
  | {
      readonly outcome: 'decline';
      readonly reason: string;
      readonly decidedBy: string;
      readonly decidedAt: string;
    }
  | {
      readonly outcome: 'defer';
      readonly until: string;
      readonly reason?: string;
      readonly decidedBy: string;
      readonly decidedAt: string;
    };

export interface SubmittedRequest {
  readonly exists: true;
  readonly requestId: string;
  readonly title: string;
  readonly description: string;
  readonly source: RequestSource;
  readonly productId?: string;
  /** The people who asked: the submitter's requester, then those of merged duplicates. */
  readonly requesters: readonly string[];
  /** Distinct customer accounts behind the request (an account appears once). */
  readonly accounts: readonly CustomerAccount[];
  readonly dealValue: number;
  /** The RHiNO threshold in force when the request was submitted; the flag is re-judged against it. */
  readonly rhinoThreshold: number;
  readonly rhino: boolean;
  readonly score?: RequestScore;
  readonly status: RequestStatus;
  readonly decision?: RequestDecision;
  readonly mergedInto?: string;
  readonly absorbedDuplicates: readonly string[];
  readonly delivery?: { readonly version: string; readonly releasedAt: string; readonly deliveredAt: string };
  readonly closure?: { readonly reason: string; readonly closedAt: string };
  readonly submittedAt: string;
}

export type RequestState = { readonly exists: false } | SubmittedRequest;

/** Final statuses: the request takes no more changes. */
export const finalStatuses: readonly RequestStatus[] = ['merged', 'delivered', 'closed'];

export function isFinal(status: RequestStatus): boolean {
  return finalStatuses.includes(status);
}

/** Statuses a product withdrawal closes: the request still waits for something from the product. */
export const awaitingStatuses: readonly RequestStatus[] = ['open', 'accepted', 'deferred'];
