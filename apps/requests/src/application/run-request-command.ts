import { handleCommand, loadAggregate, NotFoundError, type EventStreams, type ExpectedVersion } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import type {
  AcceptRequest,
  LinkRequestToProduct,
  RequestCommand,
  SubmitRequest,
} from '../domain/request/request-commands';
import { requestDecider } from '../domain/request/request-decider';
import type { RequestState } from '../domain/request/request-state';
import { isVersionReleased, lockProductAvailability } from '../persistence/known-products';
import { indexRequest } from '../persistence/request-index';
import type { RequestOutcome } from './command-outcome';

/** Request commands as callers give them: the facts about products are read here, under the product's lock. */
export type RequestInput =
  | Omit<SubmitRequest, 'product'>
  | Omit<LinkRequestToProduct, 'product'>
  | Omit<AcceptRequest, 'product' | 'plannedVersionReleased'>
  | Exclude<RequestCommand, SubmitRequest | LinkRequestToProduct | AcceptRequest | { type: 'MergeRequest' | 'AbsorbDuplicate' }>;

/**
 * Decides one request command on `client`'s open transaction and keeps the request index in step.
 * The state the product facts were read for is the state decided on: the append expects its version.
 */
export async function runRequestCommand(
  streams: EventStreams,
  client: PoolClient,
  input: RequestInput,
  expectedVersion?: ExpectedVersion,
): Promise<RequestOutcome> {
  const loaded = await loadAggregate(streams, input.requestId, requestDecider);
  // An unknown request is a 404 even when the client sent an If-Match (which would otherwise say 409).
  if (!loaded.state.exists && input.type !== 'SubmitRequest') throw new NotFoundError('request', input.requestId);
  const command = await withProductFacts(client, input, loaded.state);
  const result = await handleCommand(streams, input.requestId, requestDecider, command, {
    expectedVersion: expectedVersion ?? loaded.version,
  });
  if (result.events.length > 0) await indexRequest(client, result.state);
  return { streamId: input.requestId, version: result.nextExpectedVersion, events: result.events, state: result.state };
}

async function withProductFacts(client: PoolClient, input: RequestInput, state: RequestState): Promise<RequestCommand> {
  switch (input.type) {
    case 'SubmitRequest':
      return input.productId === undefined ? input : { ...input, product: await lockProductAvailability(client, input.productId) };
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
