import { lifecycleStreamId } from '@product-ledger/contracts';
import {
  handleCommand,
  type EventStreams,
  type ExpectedVersion,
  type RetryPolicy,
} from '@product-ledger/event-store';
import type { LifecycleCommand } from '../domain/lifecycle/lifecycle-commands';
import { lifecycleDecider } from '../domain/lifecycle/lifecycle-decider';
import type { LifecycleEvent } from '../domain/lifecycle/lifecycle-events';
import type { LifecycleState } from '../domain/lifecycle/lifecycle-state';
import { playbookInForce } from './playbook-in-force';

type WithoutPlaybook<C> = C extends unknown ? Omit<C, 'playbook'> : never;

/** A lifecycle command as callers give it: the playbook in force is looked up here when the command needs it. */
export type LifecycleRequest = WithoutPlaybook<LifecycleCommand>;

const withPlaybook = new Set<LifecycleCommand['type']>([
  'StartLifecycle',
  'OpenGateReview',
  'RecordGateDecision',
  'AdvanceStage',
  'AnnounceWithdrawal',
]);

export interface LifecycleOutcome {
  readonly streamId: string;
  readonly version: number;
  readonly events: readonly { type: LifecycleEvent['type']; data: unknown }[];
  readonly state: LifecycleState;
}

/**
 * Load the lifecycle, decide, append. Runs on any streams: the store (HTTP) or a consumer's transaction
 * (the policy), so what the policy appends commits with its checkpoint.
 */
export async function runLifecycleCommand(
  streams: EventStreams,
  request: LifecycleRequest,
  options: { expectedVersion?: ExpectedVersion; retryOnConflict?: RetryPolicy } = {},
): Promise<LifecycleOutcome> {
  const command = (
    withPlaybook.has(request.type) ? { ...request, playbook: await playbookInForce(streams) } : request
  ) as LifecycleCommand;
  const streamId = lifecycleStreamId(request.lifecycleId);
  const result = await handleCommand(streams, streamId, lifecycleDecider, command, options);
  return { streamId, version: result.nextExpectedVersion, events: result.events, state: result.state };
}
