import type { AssessCriterion } from './lifecycle-commands';
import { UnknownCriterion } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive, requireOpenReview, subjectOf } from './lifecycle-guards';
import type { LifecycleState } from './lifecycle-state';

/** A criterion of an open review is met or not, with evidence; a later assessment replaces an earlier one. */
export function decideAssessCriterion(command: AssessCriterion, state: LifecycleState): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  const review = requireOpenReview(lifecycle, command.reviewId);
  if (!review.criteria.some((criterion) => criterion.id === command.criterionId)) {
    throw new UnknownCriterion(
      review.reviewId,
      command.criterionId,
      review.criteria.map((criterion) => criterion.id),
    );
  }
  return [
    {
      type: 'CriterionAssessed',
      data: {
        ...subjectOf(lifecycle),
        reviewId: review.reviewId,
        criterionId: command.criterionId,
        met: command.met,
        evidence: command.evidence,
        assessedBy: command.actor,
        assessedAt: command.at,
      },
    },
  ];
}
