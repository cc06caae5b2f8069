import { newAccounts } from './customer-accounts';
import type { AbsorbDuplicate, MergeRequest } from './request-commands';
import {
  MergeAcrossProducts,
  MergeIntoClosed,
  MergeIntoItself,
  MergeTargetUnknown,
  RequestClosedError,
} from './request-errors';
import type { RequestEvent } from './request-events';
import { isFinal, type RequestState, type SubmittedRequest } from './request-state';
import { isRhino } from './rhino';

/**
 * The rules a merge keeps, checked from either side so each aggregate refuses a bad merge on its own:
 * not into itself, only into an existing request that is still open to change, and within one product.
 */
function checkMerge(
  duplicate: SubmittedRequest,
  primaryId: string,
  primary: RequestState,
): asserts primary is SubmittedRequest {
  if (duplicate.requestId === primaryId) throw new MergeIntoItself(primaryId);
  if (!primary.exists) throw new MergeTargetUnknown(primaryId);
  if (isFinal(primary.status)) throw new MergeIntoClosed(primaryId, primary.status);
  if (
    duplicate.productId !== undefined &&
    primary.productId !== undefined &&
    duplicate.productId !== primary.productId
  ) {
    throw new MergeAcrossProducts(duplicate.requestId, duplicate.productId, primaryId, primary.productId);
  }
}

/** The duplicate's side: it closes as merged. */
export function mergeInto(command: MergeRequest, duplicate: SubmittedRequest): RequestEvent[] {
  checkMerge(duplicate, command.intoRequestId, command.primary);
  return [
    {
      type: 'RequestMerged',
      data: {
        requestId: duplicate.requestId,
        intoRequestId: command.intoRequestId,
        mergedBy: command.mergedBy,
        mergedAt: command.at,
      },
    },
  ];
}

/** The primary's side: the duplicate's accounts and requesters move over, each one counted once. */
export function absorb(command: AbsorbDuplicate, primary: SubmittedRequest): RequestEvent[] {
  const duplicate = command.duplicate;
  if (!duplicate.exists) throw new MergeTargetUnknown(command.duplicateRequestId);
  if (primary.absorbedDuplicates.includes(duplicate.requestId)) return [];
  if (isFinal(duplicate.status)) throw new RequestClosedError(duplicate.requestId, duplicate.status);
  checkMerge(duplicate, primary.requestId, primary);
  const accounts = newAccounts(primary.accounts, duplicate.accounts);
  const requesters = [...new Set(duplicate.requesters)].filter(
    (person) => !primary.requesters.includes(person),
  );
  return [
    {
      type: 'DuplicateAbsorbed',
      data: {
        requestId: primary.requestId,
        duplicateRequestId: duplicate.requestId,
        accounts,
        requesters,
        rhino: isRhino([...primary.accounts, ...accounts], primary.dealValue, primary.rhinoThreshold),
        absorbedAt: command.at,
      },
    },
  ];
}
