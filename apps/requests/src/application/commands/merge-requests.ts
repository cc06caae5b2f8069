import {
  ConcurrencyError,
  loadAggregate,
  type CommandOutcome,
  type EventStoreTransaction,
  type ExpectedVersion,
} from '@product-ledger/event-store';
import { NotFoundError } from '@product-ledger/domain';
import { decideMerge } from '../../domain/request/merge-requests';
import { requestDecider } from '../../domain/request/request-decider';
import type { RequestEvent } from '../../domain/request/request-events';
import type { RequestState } from '../../domain/request/request-state';
import { indexRequest } from '../../persistence/request-index';

type RequestOutcome = CommandOutcome<RequestState, RequestEvent>;

export interface MergeInput {
  readonly duplicateRequestId: string;
  readonly intoRequestId: string;
  readonly mergedBy: string;
  readonly at: string;
}

/**
 * Merges a duplicate into a primary on one transaction (`CommandRunner.inTransaction`): the one command that
 * decides two streams at once, so it cannot be a single-stream definition. Both streams are loaded, each
 * side decided against the other's state, and both appended with the versions they were decided on.
 * `expectedVersion` (If-Match) is the duplicate's, the resource the client addressed.
 */
export async function mergeRequests(
  tx: EventStoreTransaction,
  input: MergeInput,
  expectedVersion?: ExpectedVersion,
): Promise<{ duplicate: RequestOutcome; primary: RequestOutcome }> {
  const { duplicateRequestId, intoRequestId } = input;
  const duplicate = await loadAggregate(tx, duplicateRequestId, requestDecider);
  if (!duplicate.state.exists) throw new NotFoundError('request', duplicateRequestId);
  if (typeof expectedVersion === 'number' && expectedVersion !== duplicate.version) {
    throw new ConcurrencyError(duplicateRequestId, expectedVersion, duplicate.version);
  }
  const primary = await loadAggregate(tx, intoRequestId, requestDecider);
  const decision = decideMerge(
    duplicate.state,
    primary.state,
    { duplicateRequestId, intoRequestId },
    input.mergedBy,
    input.at,
  );
  const duplicateOutcome = await appendSide(tx, duplicateRequestId, duplicate, decision.duplicateEvents);
  const primaryOutcome = await appendSide(tx, intoRequestId, primary, decision.primaryEvents);
  return { duplicate: duplicateOutcome, primary: primaryOutcome };
}

async function appendSide(
  tx: EventStoreTransaction,
  streamId: string,
  loaded: { state: RequestState; version: number },
  events: readonly RequestEvent[],
): Promise<RequestOutcome> {
  if (events.length === 0) return { streamId, version: loaded.version, events: [], state: loaded.state };
  const appended = await tx.append(streamId, events, { expectedVersion: loaded.version });
  const state = events.reduce(requestDecider.evolve, loaded.state);
  await indexRequest(tx.client, state);
  return {
    streamId,
    version: appended.nextExpectedVersion,
    events: appended.events as unknown as RequestOutcome['events'],
    state,
  };
}
