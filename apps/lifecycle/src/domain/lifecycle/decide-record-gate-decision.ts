import type { GateDecisionRecorded, LifecycleEvent } from './lifecycle-events';
import type { RecordGateDecision } from './lifecycle-commands';
import { GoRefused, NothingToRecycleTo, RationaleRequired } from './lifecycle-errors';
import { type ActiveLifecycle, requireActive, requireOpenReview, subjectOf } from './lifecycle-guards';
import type { GateReview, LifecycleState } from './lifecycle-state';
import type { LifecycleStage } from '@product-ledger/contracts';
import { previousStage } from '../stages';
import { decisionSnapshot, gateReadiness } from './gate-readiness';
import { stageEntered } from './stage-entered';

/**
 * The gatekeeper's decision closes the review. go: into the gate's stage, only when nothing is missing;
 * kill: the lifecycle stops for good; hold: the stage stays and a new review can be opened later;
 * recycle: back to the stage before. Anything but go needs a rationale.
 */
export function decideRecordGateDecision(
  command: RecordGateDecision,
  state: LifecycleState,
): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  const review = requireOpenReview(lifecycle, command.reviewId);
  const rationale = command.rationale?.trim() ? command.rationale : undefined;
  if (command.decision !== 'go' && !rationale) throw new RationaleRequired(command.decision);
  const playbook = command.playbook.playbook;

  switch (command.decision) {
    case 'go': {
      const readiness = gateReadiness(lifecycle, review);
      if (!readiness.ready) {
        const { ready: _ready, ...missing } = readiness;
        throw new GoRefused(review.toStage, missing);
      }
      return [
        recorded(command, lifecycle, review, review.toStage, rationale),
        stageEntered(lifecycle, review.toStage, 'go', command.at, playbook, review.reviewId),
      ];
    }
    case 'kill':
      return [
        recorded(command, lifecycle, review, 'killed', rationale),
        {
          type: 'LifecycleKilled',
          data: {
            ...subjectOf(lifecycle),
            stage: lifecycle.stage,
            reviewId: review.reviewId,
            reason: rationale!,
            killedBy: command.actor,
            killedAt: command.at,
          },
        },
        stageEntered(lifecycle, 'killed', 'kill', command.at, playbook, review.reviewId),
      ];
    case 'hold':
      return [recorded(command, lifecycle, review, lifecycle.stage, rationale)];
    case 'recycle': {
      const back = previousStage(lifecycle.stage);
      if (!back) throw new NothingToRecycleTo(lifecycle.stage);
      return [
        recorded(command, lifecycle, review, back, rationale),
        stageEntered(lifecycle, back, 'recycle', command.at, playbook, review.reviewId),
      ];
    }
  }
}

function recorded(
  command: RecordGateDecision,
  lifecycle: ActiveLifecycle,
  review: GateReview,
  resultingStage: LifecycleStage,
  rationale: string | undefined,
): GateDecisionRecorded {
  return {
    type: 'GateDecisionRecorded',
    data: {
      ...subjectOf(lifecycle),
      reviewId: review.reviewId,
      fromStage: review.fromStage,
      toStage: review.toStage,
      decision: command.decision,
      resultingStage,
      ...(rationale === undefined ? {} : { rationale }),
      conditions: [...(command.conditions ?? [])],
      ...decisionSnapshot(lifecycle, review),
      decidedBy: command.actor,
      decidedAt: command.at,
    },
  };
}
