import { activitiesOf } from '../playbook/playbook-lookup';
import type { StartLifecycle } from './lifecycle-commands';
import { LifecycleAlreadyStarted } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import type { LifecycleState } from './lifecycle-state';

/** A product or version enters the lifecycle at its initial stage (innovation unless it already existed). */
export function decideStart(command: StartLifecycle, state: LifecycleState): LifecycleEvent[] {
  if (state.status === 'started') throw new LifecycleAlreadyStarted(command.lifecycleId);
  const subject = {
    lifecycleId: command.lifecycleId,
    productId: command.productId,
    ...(command.version === undefined ? {} : { version: command.version }),
  };
  return [
    {
      type: 'LifecycleStarted',
      data: { ...subject, stage: command.stage, startedAt: command.at, trigger: command.trigger },
    },
    {
      type: 'StageEntered',
      data: {
        ...subject,
        stage: command.stage,
        previousStage: null,
        enteredAt: command.at,
        cause: 'start',
        activities: activitiesOf(command.playbook.playbook, command.stage),
      },
    },
  ];
}
