import { NotFoundError, type Decider } from '@product-ledger/domain';
import { accept, decline, defer } from './decisions';
import { closeForWithdrawal, deliver } from './fulfilment';
import { endorse, linkToProduct, submit } from './intake';
import { absorb, mergeInto } from './merge';
import type { RequestCommand } from './request-commands';
import { MergeIntoClosed, RequestClosedError } from './request-errors';
import type { RequestEvent } from './request-events';
import { evolveRequest } from './request-evolve';
import { isFinal, type RequestState } from './request-state';
import { score } from './scoring';

function decide(command: RequestCommand, state: RequestState): RequestEvent[] {
  if (command.type === 'SubmitRequest') return submit(command, state);
  if (!state.exists) throw new NotFoundError('request', command.requestId);
  if (isFinal(state.status)) {
    // Policies meet final requests when facts arrive late or twice: nothing left to do.
    if (command.type === 'DeliverRequest' || command.type === 'CloseRequestOfWithdrawnProduct') return [];
    if (command.type === 'AbsorbDuplicate') throw new MergeIntoClosed(state.requestId, state.status);
    throw new RequestClosedError(state.requestId, state.status);
  }
  switch (command.type) {
    case 'LinkRequestToProduct':
      return linkToProduct(command, state);
    case 'EndorseRequest':
      return endorse(command, state);
    case 'MergeRequest':
      return mergeInto(command, state);
    case 'AbsorbDuplicate':
      return absorb(command, state);
    case 'ScoreRequest':
      return score(command, state);
    case 'AcceptRequest':
      return accept(command, state);
    case 'DeclineRequest':
      return decline(command, state);
    case 'DeferRequest':
      return defer(command, state);
    case 'DeliverRequest':
      return deliver(command, state);
    case 'CloseRequestOfWithdrawnProduct':
      return closeForWithdrawal(command, state);
  }
}

export const requestDecider: Decider<RequestCommand, RequestEvent, RequestState> = {
  decide,
  evolve: evolveRequest,
  initialState: () => ({ exists: false }),
};
