import type { LifecycleStage, Playbook, StageEntryCause } from '@product-ledger/contracts';
import { activitiesOf } from '../playbook/playbook-lookup';
import type { StageEntered } from './lifecycle-events';
import type { StartedLifecycle } from './lifecycle-state';
import { subjectOf } from './lifecycle-guards';

/** The StageEntered event of a move, with the new stage's activities from the playbook in force. */
export function stageEntered(
  state: StartedLifecycle,
  stage: LifecycleStage,
  cause: StageEntryCause,
  at: string,
  playbook: Playbook,
  reviewId?: string,
): StageEntered {
  return {
    type: 'StageEntered',
    data: {
      ...subjectOf(state),
      stage,
      previousStage: state.stage,
      enteredAt: at,
      cause,
      ...(reviewId === undefined ? {} : { reviewId }),
      activities: activitiesOf(playbook, stage),
    },
  };
}
