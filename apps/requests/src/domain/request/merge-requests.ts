import { requestDecider } from './request-decider';
import type { RequestEvent } from './request-events';
import type { RequestState } from './request-state';

export interface MergeDecision {
  /** RequestMerged, for the duplicate's stream. */
  readonly duplicateEvents: RequestEvent[];
  /** DuplicateAbsorbed, for the primary's stream. */
  readonly primaryEvents: RequestEvent[];
}

/**
 * A merge changes two aggregates: each decides its own side against the other's state, and the handler
 * appends both in one transaction, so a merge never happens halfway.
 */
export function decideMerge(
  duplicate: RequestState,
  primary: RequestState,
  ids: { readonly duplicateRequestId: string; readonly intoRequestId: string },
  mergedBy: string,
  at: string,
): MergeDecision {
  const duplicateEvents = requestDecider.decide(
    {
      type: 'MergeRequest',
      requestId: ids.duplicateRequestId,
      intoRequestId: ids.intoRequestId,
      primary,
      mergedBy,
      at,
    },
    duplicate,
  );
  const primaryEvents = requestDecider.decide(
    {
      type: 'AbsorbDuplicate',
      requestId: ids.intoRequestId,
      duplicateRequestId: ids.duplicateRequestId,
      duplicate,
      at,
    },
    primary,
  );
  return { duplicateEvents, primaryEvents };
}
