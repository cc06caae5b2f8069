import type { CompleteActivity } from './lifecycle-commands';
import { ActivityAlreadyCompleted, ActivityNotInStage } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive, subjectOf } from './lifecycle-guards';
import { completionOf, type LifecycleState } from './lifecycle-state';

/**
 * An activity of the current stage is done. Done twice in one visit of the stage is a conflict; after a
 * recycle the stage is visited again and its activities may be completed again.
 */
export function decideCompleteActivity(command: CompleteActivity, state: LifecycleState): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  if (!lifecycle.activities.some((activity) => activity.id === command.activityId)) {
    throw new ActivityNotInStage(
      command.activityId,
      lifecycle.stage,
      lifecycle.activities.map((activity) => activity.id),
    );
  }
  const done = completionOf(lifecycle, command.activityId);
  if (done && Date.parse(done.completedAt) >= Date.parse(lifecycle.stageEnteredAt)) {
    throw new ActivityAlreadyCompleted(command.activityId, done.completedBy, done.completedAt);
  }
  return [
    {
      type: 'ActivityCompleted',
      data: {
        ...subjectOf(lifecycle),
        stage: lifecycle.stage,
        activityId: command.activityId,
        completedBy: command.actor,
        completedAt: command.at,
        ...(command.note === undefined ? {} : { note: command.note }),
      },
    },
  ];
}
