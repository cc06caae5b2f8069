import type { AnnounceWithdrawal } from './lifecycle-commands';
import { ReplacementIsItself, WithdrawalNotAllowed } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive, subjectOf } from './lifecycle-guards';
import type { LifecycleState } from './lifecycle-state';
import { stageEntered } from './stage-entered';

/**
 * An in-life product (or version) is to be withdrawn: it enters end_of_life. A lifecycle that started at
 * end_of_life (a product already being phased out when it was registered) announces without moving.
 */
export function decideAnnounceWithdrawal(
  command: AnnounceWithdrawal,
  state: LifecycleState,
): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  const alreadyEnding = lifecycle.stage === 'end_of_life' && lifecycle.withdrawal === undefined;
  if (lifecycle.stage !== 'in_life' && !alreadyEnding) throw new WithdrawalNotAllowed(lifecycle.stage);
  if (command.replacementProductId === lifecycle.productId && lifecycle.version === undefined) {
    throw new ReplacementIsItself(lifecycle.productId);
  }
  const announced: LifecycleEvent = {
    type: 'WithdrawalAnnounced',
    data: {
      ...subjectOf(lifecycle),
      effectiveDate: command.effectiveDate,
      reason: command.reason,
      ...(command.replacementProductId === undefined
        ? {}
        : { replacementProductId: command.replacementProductId }),
      announcedBy: command.actor,
      announcedAt: command.at,
    },
  };
  if (alreadyEnding) return [announced];
  return [
    announced,
    stageEntered(lifecycle, 'end_of_life', 'withdrawal_announced', command.at, command.playbook.playbook),
  ];
}
