import { requireAvailableProduct } from './product-check';
import type { AcceptRequest, DeclineRequest, DeferRequest } from './request-commands';
import {
  DeferralNotInFuture,
  EmptyDecisionText,
  InvalidPlannedVersion,
  PlannedVersionAlreadyReleased,
  ProductRequiredToAccept,
  RhinoRationaleRequired,
} from './request-errors';
import type { RequestEvent } from './request-events';
import type { SubmittedRequest } from './request-state';
import { isSemanticVersion, sameVersion } from '@product-ledger/contracts';

/**
 * A product manager may change a decision while the request is not final (more demand arrives, a deferral
 * ends); the same decision again records nothing.
 */
export function accept(command: AcceptRequest, state: SubmittedRequest): RequestEvent[] {
  const { plannedVersion } = command;
  const rationale = command.rationale?.trim() || undefined;
  if (!isSemanticVersion(plannedVersion)) throw new InvalidPlannedVersion(plannedVersion);
  if (state.productId === undefined) throw new ProductRequiredToAccept(state.requestId);
  requireAvailableProduct(state.productId, command.product);
  if (state.rhino && rationale === undefined) throw new RhinoRationaleRequired(state.requestId);
  if (
    state.status === 'accepted' &&
    state.decision?.outcome === 'accept' &&
    sameVersion(state.decision.plannedVersion, plannedVersion)
  ) {
    return [];
  }
  if (command.plannedVersionReleased)
    throw new PlannedVersionAlreadyReleased(state.productId, plannedVersion);
  return [
    {
      type: 'RequestAccepted',
      data: {
        requestId: state.requestId,
        productId: state.productId,
        plannedVersion,
        ...(rationale === undefined ? {} : { rationale }),
        rhino: state.rhino,
        decidedBy: command.decidedBy,
        decidedAt: command.at,
      },
    },
  ];
}

export function decline(command: DeclineRequest, state: SubmittedRequest): RequestEvent[] {
  const reason = command.reason.trim();
  if (reason === '') throw new EmptyDecisionText('reason');
  if (
    state.status === 'declined' &&
    state.decision?.outcome === 'decline' &&
    state.decision.reason === reason
  )
    return [];
  return [
    {
      type: 'RequestDeclined',
      data: { requestId: state.requestId, reason, decidedBy: command.decidedBy, decidedAt: command.at },
    },
  ];
}

export function defer(command: DeferRequest, state: SubmittedRequest): RequestEvent[] {
  const today = command.at.slice(0, 10);
  if (!(command.until > today)) throw new DeferralNotInFuture(command.until, today);
  const reason = command.reason?.trim() || undefined;
  if (
    state.status === 'deferred' &&
    state.decision?.outcome === 'defer' &&
    state.decision.until === command.until
  )
    return [];
  return [
    {
      type: 'RequestDeferred',
      data: {
        requestId: state.requestId,
        until: command.until,
        ...(reason === undefined ? {} : { reason }),
        decidedBy: command.decidedBy,
        decidedAt: command.at,
      },
    },
  ];
}
