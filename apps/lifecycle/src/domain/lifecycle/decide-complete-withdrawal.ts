import type { Playbook } from '@product-ledger/contracts';
import type { CompleteWithdrawal } from './lifecycle-commands';
import { WithdrawalNotAnnounced } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive, subjectOf } from './lifecycle-guards';
import type { LifecycleState } from './lifecycle-state';
import { stageEntered } from './stage-entered';

/** The terminal stage has no activities, so no playbook is needed to enter it. */
const noActivities: Playbook = { name: 'none', gates: [], stages: [] };

/**
 * The announced withdrawal is done: ProductWithdrawn carries the announced terms, so the catalogue can
 * retire the product and requests can close what was asked of it without reading anything else.
 */
export function decideCompleteWithdrawal(
  command: CompleteWithdrawal,
  state: LifecycleState,
): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  const withdrawal = lifecycle.withdrawal;
  if (lifecycle.stage !== 'end_of_life' || !withdrawal) throw new WithdrawalNotAnnounced(lifecycle.stage);
  return [
    {
      type: 'ProductWithdrawn',
      data: {
        ...subjectOf(lifecycle),
        effectiveDate: withdrawal.effectiveDate,
        reason: withdrawal.reason,
        ...(withdrawal.replacementProductId === undefined
          ? {}
          : { replacementProductId: withdrawal.replacementProductId }),
        withdrawnBy: command.actor,
        withdrawnAt: command.at,
      },
    },
    stageEntered(lifecycle, 'withdrawn', 'withdrawal_completed', command.at, noActivities),
  ];
}
