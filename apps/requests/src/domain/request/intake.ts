import { distinctAccounts, newAccounts } from './customer-accounts';
import { requireAvailableProduct } from './product-check';
import type { EndorseRequest, LinkRequestToProduct, SubmitRequest } from './request-commands';
import { ProductLockedByPlan, RequestAlreadySubmitted } from './request-errors';
import type { RequestEvent } from './request-events';
import type { RequestState, SubmittedRequest } from './request-state';
import { isRhino } from './rhino';

export function submit(command: SubmitRequest, state: RequestState): RequestEvent[] {
  if (state.exists) throw new RequestAlreadySubmitted(command.requestId);
  if (command.productId !== undefined) requireAvailableProduct(command.productId, command.product);
  const accounts = distinctAccounts(command.accounts);
  const {
    requestId,
    title,
    description,
    source,
    productId,
    requester,
    dealValue,
    rhinoThreshold,
    submittedBy,
    at,
  } = command;
  return [
    {
      type: 'RequestSubmitted',
      data: {
        requestId,
        title,
        description,
        source,
        ...(productId === undefined ? {} : { productId }),
        requester,
        accounts,
        dealValue,
        rhino: isRhino(accounts, dealValue, rhinoThreshold),
        rhinoThreshold,
        submittedBy,
        submittedAt: at,
      },
    },
  ];
}

export function linkToProduct(command: LinkRequestToProduct, state: SubmittedRequest): RequestEvent[] {
  if (command.productId === state.productId) return [];
  if (state.decision?.outcome === 'accept' && state.status === 'accepted' && state.productId !== undefined) {
    throw new ProductLockedByPlan(state.requestId, state.productId, state.decision.plannedVersion);
  }
  requireAvailableProduct(command.productId, command.product);
  return [
    {
      type: 'RequestLinkedToProduct',
      data: {
        requestId: state.requestId,
        productId: command.productId,
        ...(state.productId === undefined ? {} : { previousProductId: state.productId }),
        linkedBy: command.linkedBy,
        linkedAt: command.at,
      },
    },
  ];
}

/** An account that already wants the request counts once: endorsing again records nothing. */
export function endorse(command: EndorseRequest, state: SubmittedRequest): RequestEvent[] {
  const added = newAccounts(state.accounts, [command.account]);
  if (added.length === 0) return [];
  return [
    {
      type: 'RequestEndorsed',
      data: {
        requestId: state.requestId,
        account: command.account,
        ...(command.note === undefined ? {} : { note: command.note }),
        endorsedBy: command.endorsedBy,
        endorsedAt: command.at,
        rhino: isRhino([...state.accounts, ...added], state.dealValue, state.rhinoThreshold),
      },
    },
  ];
}
