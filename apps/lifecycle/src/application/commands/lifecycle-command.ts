import { lifecycleStreamId } from '@product-ledger/contracts';
import { defineCommand, type CommandOutcome } from '@product-ledger/event-store';
import type { LifecycleCommand } from '../../domain/lifecycle/lifecycle-commands';
import { lifecycleDecider } from '../../domain/lifecycle/lifecycle-decider';
import type { LifecycleState, StartedLifecycle } from '../../domain/lifecycle/lifecycle-state';
import { playbookInForce } from '../queries/playbook-in-force';

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

/**
 * A lifecycle's commands, for HTTP (`CommandRunner`) and for the start policy (`executeCommand` on the
 * consumer's transaction, so what it appends commits with its checkpoint).
 */
export const lifecycleCommand = defineCommand({
  decider: lifecycleDecider,
  streamId: (request: LifecycleRequest) => lifecycleStreamId(request.lifecycleId),
  prepare: async (request, { tx }) =>
    (withPlaybook.has(request.type)
      ? { ...request, playbook: await playbookInForce(tx) }
      : request) as LifecycleCommand,
});

/** Every lifecycle command that succeeded leaves a started lifecycle behind (else the decider refused it). */
export function startedLifecycle(outcome: CommandOutcome<LifecycleState>): StartedLifecycle {
  if (outcome.state.status !== 'started') throw new Error(`lifecycle ${outcome.streamId} is not started`);
  return outcome.state;
}
