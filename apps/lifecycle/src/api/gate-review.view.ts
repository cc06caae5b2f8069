import { gateReadiness, requiredActivities } from '../domain/lifecycle/gate-readiness';
import { completionOf, type GateReview, type StartedLifecycle } from '../domain/lifecycle/lifecycle-state';

/** A gate review as `GET /gate-reviews/{id}` shows it: criteria with their assessment and what a go still needs. */
export function gateReviewView(lifecycle: StartedLifecycle, review: GateReview) {
  const open = review.decision === undefined;
  const readiness = open ? gateReadiness(lifecycle, review) : undefined;
  return {
    reviewId: review.reviewId,
    lifecycleId: lifecycle.lifecycleId,
    productId: lifecycle.productId,
    version: lifecycle.version ?? null,
    status: open ? ('open' as const) : ('decided' as const),
    fromStage: review.fromStage,
    toStage: review.toStage,
    playbookRevision: review.playbookRevision,
    openedBy: review.openedBy,
    openedAt: review.openedAt,
    criteria: review.criteria.map((criterion) => {
      const assessment = review.assessments.find((candidate) => candidate.criterionId === criterion.id);
      return {
        ...criterion,
        assessment: assessment
          ? {
              met: assessment.met,
              evidence: assessment.evidence,
              assessedBy: assessment.assessedBy,
              assessedAt: assessment.assessedAt,
            }
          : null,
      };
    }),
    requiredActivities: requiredActivities(review).map(({ activityId, requiredBy }) => {
      const completion = completionOf(lifecycle, activityId);
      return {
        activityId,
        requiredBy,
        completed: completion !== undefined,
        completedBy: completion?.completedBy ?? null,
        completedAt: completion?.completedAt ?? null,
      };
    }),
    businessCaseRequired: review.toStage === 'development',
    businessCase: review.toStage === 'development' ? (lifecycle.businessCase ?? null) : null,
    readiness: readiness
      ? {
          readyForGo: readiness.ready,
          missingCriteria: readiness.missingCriteria,
          incompleteActivities: readiness.incompleteActivities,
          businessCaseMissing: readiness.businessCaseMissing,
        }
      : null,
    decision: review.decision ?? null,
  };
}
