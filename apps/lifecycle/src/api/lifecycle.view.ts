import { completionOf, openReviewOf, type StartedLifecycle } from '../domain/lifecycle/lifecycle-state';
import { gateReviewView } from './gate-review.view';

/** A lifecycle as `GET /lifecycles/{id}` shows it: stage and since when, activities, open review, business case. */
export function lifecycleView(lifecycle: StartedLifecycle) {
  const openReview = openReviewOf(lifecycle);
  return {
    lifecycleId: lifecycle.lifecycleId,
    productId: lifecycle.productId,
    version: lifecycle.version ?? null,
    stage: lifecycle.stage,
    stageEnteredAt: lifecycle.stageEnteredAt,
    startedAt: lifecycle.startedAt,
    activities: lifecycle.activities.map((activity) => {
      const completion = completionOf(lifecycle, activity.id);
      return {
        ...activity,
        completed: completion !== undefined,
        completedBy: completion?.completedBy ?? null,
        completedAt: completion?.completedAt ?? null,
        note: completion?.note ?? null,
      };
    }),
    openReview: openReview ? gateReviewView(lifecycle, openReview) : null,
    reviews: lifecycle.reviews.map((review) => ({
      reviewId: review.reviewId,
      toStage: review.toStage,
      openedAt: review.openedAt,
      decision: review.decision?.decision ?? null,
      decidedAt: review.decision?.decidedAt ?? null,
    })),
    businessCase: lifecycle.businessCase ?? null,
    businessCaseApproved: lifecycle.businessCaseApproved,
    withdrawal: lifecycle.withdrawal ?? null,
    killed: lifecycle.killed ?? null,
  };
}
