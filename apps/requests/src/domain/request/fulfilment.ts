import type { CloseRequestOfWithdrawnProduct, DeliverRequest } from './request-commands';
import type { RequestEvent } from './request-events';
import { awaitingStatuses, type SubmittedRequest } from './request-state';
import { sameVersion } from '@product-ledger/contracts';

/**
 * Policies react to other contexts' facts, which may arrive twice or concern requests that moved on:
 * they never refuse, they decide nothing when the request is not (or no longer) concerned.
 */
export function deliver(command: DeliverRequest, state: SubmittedRequest): RequestEvent[] {
  const decision = state.decision;
  if (state.status !== 'accepted' || decision?.outcome !== 'accept') return [];
  if (state.productId !== command.productId || !sameVersion(decision.plannedVersion, command.version))
    return [];
  return [
    {
      type: 'RequestDelivered',
      data: {
        requestId: state.requestId,
        productId: command.productId,
        version: decision.plannedVersion,
        releasedAt: command.releasedAt,
        deliveredAt: command.at,
      },
    },
  ];
}

export function closeForWithdrawal(
  command: CloseRequestOfWithdrawnProduct,
  state: SubmittedRequest,
): RequestEvent[] {
  if (state.productId !== command.productId || !awaitingStatuses.includes(state.status)) return [];
  return [
    {
      type: 'RequestClosed',
      data: {
        requestId: state.requestId,
        productId: command.productId,
        reason: command.reason,
        ...(command.withdrawalEventId === undefined ? {} : { withdrawalEventId: command.withdrawalEventId }),
        closedAt: command.at,
      },
    },
  ];
}
