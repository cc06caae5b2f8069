import { NotFoundError } from '@product-ledger/domain';
import { defineCommand, type EventStoreTransaction } from '@product-ledger/event-store';
import type {
  AcceptRequest,
  LinkRequestToProduct,
  RequestCommand,
  SubmitRequest,
} from '../../domain/request/request-commands';
import { requestDecider } from '../../domain/request/request-decider';
import type { RequestState } from '../../domain/request/request-state';
import { isVersionReleased, lockProductAvailability } from '../../persistence/known-products';
import { indexRequest } from '../../persistence/request-index';

/** Request commands as callers give them: the facts about products are read here, under the product's lock. */
export type RequestInput =
  | Omit<SubmitRequest, 'product'>
  | Omit<LinkRequestToProduct, 'product'>
  | Omit<AcceptRequest, 'product' | 'plannedVersionReleased'>
  | Exclude<
      RequestCommand,
      SubmitRequest | LinkRequestToProduct | AcceptRequest | { type: 'MergeRequest' | 'AbsorbDuplicate' }
    >;

/**
 * A request's commands. `prepare` reads the product facts the decision needs under the product's row lock
 * (so a withdrawal or a release cannot slip in between); `afterAppend` keeps the request index in step.
 */
export const requestCommand = defineCommand({
  decider: requestDecider,
  streamId: (input: RequestInput) => input.requestId,
  prepare: (input, { tx, loaded }) => {
    // An unknown request is a 404 even when the client sent an If-Match (which would otherwise say 409).
    if (!loaded.state.exists && input.type !== 'SubmitRequest')
      throw new NotFoundError('request', input.requestId);
    return withProductFacts(tx, input, loaded.state);
  },
  async afterAppend(outcome, tx) {
    if (outcome.events.length > 0) await indexRequest(tx.client, outcome.state);
  },
});

async function withProductFacts(
  tx: EventStoreTransaction,
  input: RequestInput,
  state: RequestState,
): Promise<RequestCommand> {
  const { client } = tx;
  switch (input.type) {
    case 'SubmitRequest':
      return input.productId === undefined
        ? input
        : { ...input, product: await lockProductAvailability(client, input.productId) };
    case 'LinkRequestToProduct':
      return { ...input, product: await lockProductAvailability(client, input.productId) };
    case 'AcceptRequest': {
      const productId = state.exists ? state.productId : undefined;
      if (productId === undefined) return { ...input, plannedVersionReleased: false };
      return {
        ...input,
        product: await lockProductAvailability(client, productId),
        plannedVersionReleased: await isVersionReleased(client, productId, input.plannedVersion),
      };
    }
    default:
      return input;
  }
}
