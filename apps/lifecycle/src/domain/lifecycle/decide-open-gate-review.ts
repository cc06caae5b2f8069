import { gateInto } from '../playbook/playbook-lookup';
import { isGatedStage, nextStage } from '../stages';
import { gateReviewId } from './gate-review-id';
import type { OpenGateReview } from './lifecycle-commands';
import { NoGateAhead, NotTheNextStage, ReviewAlreadyOpen } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive, subjectOf } from './lifecycle-guards';
import type { LifecycleState } from './lifecycle-state';

/** A review of the gate into the next stage, with that gate's criteria from the playbook in force. */
export function decideOpenGateReview(command: OpenGateReview, state: LifecycleState): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  if (lifecycle.openReviewId) throw new ReviewAlreadyOpen(lifecycle.openReviewId);
  const next = nextStage(lifecycle.stage);
  if (!isGatedStage(next)) throw new NoGateAhead(lifecycle.stage);
  if (command.toStage !== next) throw new NotTheNextStage(lifecycle.stage, command.toStage, next);
  const gate = gateInto(command.playbook.playbook, next);
  return [
    {
      type: 'GateReviewOpened',
      data: {
        ...subjectOf(lifecycle),
        reviewId: gateReviewId(lifecycle.lifecycleId, lifecycle.reviews.length + 1),
        fromStage: lifecycle.stage,
        toStage: next,
        criteria: gate.criteria,
        playbookRevision: command.playbook.revision,
        openedBy: command.actor,
        openedAt: command.at,
      },
    },
  ];
}
