import type { RequestEvent } from './request-events';
import type { RequestState } from './request-state';

/** Folds one request event into the state. Events are facts: no rule is checked here. */
export function evolveRequest(state: RequestState, event: RequestEvent): RequestState {
  if (event.type === 'RequestSubmitted') {
    const {
      requestId,
      title,
      description,
      source,
      productId,
      requester,
      accounts,
      dealValue,
      rhino,
      rhinoThreshold,
      submittedAt,
    } = event.data;
    return {
      exists: true,
      requestId,
      title,
      description,
      source,
      ...(productId === undefined ? {} : { productId }),
      requesters: [requester],
      accounts,
      dealValue,
      rhinoThreshold,
      rhino,
      status: 'open',
      absorbedDuplicates: [],
      submittedAt,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'RequestLinkedToProduct':
      return { ...state, productId: event.data.productId };
    case 'RequestEndorsed':
      return { ...state, accounts: [...state.accounts, event.data.account], rhino: event.data.rhino };
    case 'RequestMerged':
      return { ...state, status: 'merged', mergedInto: event.data.intoRequestId };
    case 'DuplicateAbsorbed':
      return {
        ...state,
        accounts: [...state.accounts, ...event.data.accounts],
        requesters: [...state.requesters, ...event.data.requesters],
        absorbedDuplicates: [...state.absorbedDuplicates, event.data.duplicateRequestId],
        rhino: event.data.rhino,
      };
    case 'RequestScored': {
      const { reach, impact, confidence, effort, rice, strategicFit, scoredBy, scoredAt } = event.data;
      return {
        ...state,
        score: { reach, impact, confidence, effort, rice, strategicFit, scoredBy, scoredAt },
      };
    }
    case 'RequestAccepted': {
      const { plannedVersion, rationale, decidedBy, decidedAt, productId } = event.data;
      return {
        ...state,
        productId,
        status: 'accepted',
        decision: {
          outcome: 'accept',
          plannedVersion,
          ...(rationale === undefined ? {} : { rationale }),
          decidedBy,
          decidedAt,
        },
      };
    }
    case 'RequestDeclined': {
      const { reason, decidedBy, decidedAt } = event.data;
      return { ...state, status: 'declined', decision: { outcome: 'decline', reason, decidedBy, decidedAt } };
    }
    case 'RequestDeferred': {
      const { until, reason, decidedBy, decidedAt } = event.data;
      return {
        ...state,
        status: 'deferred',
        decision: {
          outcome: 'defer',
          until,
          ...(reason === undefined ? {} : { reason }),
          decidedBy,
          decidedAt,
        },
      };
    }
    case 'RequestDelivered': {
      const { version, releasedAt, deliveredAt } = event.data;
      return { ...state, status: 'delivered', delivery: { version, releasedAt, deliveredAt } };
    }
    case 'RequestClosed':
      return {
        ...state,
        status: 'closed',
        closure: { reason: event.data.reason, closedAt: event.data.closedAt },
      };
  }
}
