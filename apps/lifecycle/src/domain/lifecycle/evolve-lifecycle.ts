import type { LifecycleEvent } from './lifecycle-events';
import type { GateReview, LifecycleState, StartedLifecycle } from './lifecycle-state';

/** Folds one event into the state. Events are facts: nothing here refuses anything. */
export function evolveLifecycle(state: LifecycleState, event: LifecycleEvent): LifecycleState {
  if (event.type === 'LifecycleStarted') {
    const { lifecycleId, productId, version, stage, startedAt } = event.data;
    return {
      status: 'started',
      lifecycleId,
      productId,
      ...(version === undefined ? {} : { version }),
      startedAt,
      stage,
      stageEnteredAt: startedAt,
      activities: [],
      completions: [],
      reviews: [],
      businessCaseApproved: false,
    };
  }
  if (state.status !== 'started') return state;
  return evolveStarted(state, event);
}

function evolveStarted(state: StartedLifecycle, event: LifecycleEvent): StartedLifecycle {
  switch (event.type) {
    case 'StageEntered':
      return {
        ...state,
        stage: event.data.stage,
        stageEnteredAt: event.data.enteredAt,
        activities: event.data.activities,
      };
    case 'ActivityCompleted': {
      const { activityId, stage, completedBy, completedAt, note } = event.data;
      const completion = {
        activityId,
        stage,
        completedBy,
        completedAt,
        ...(note === undefined ? {} : { note }),
      };
      return {
        ...state,
        completions: [...state.completions.filter((c) => c.activityId !== activityId), completion],
      };
    }
    case 'GateReviewOpened': {
      const { reviewId, fromStage, toStage, criteria, playbookRevision, openedBy, openedAt } = event.data;
      const review: GateReview = {
        reviewId,
        fromStage,
        toStage,
        criteria,
        playbookRevision,
        openedBy,
        openedAt,
        assessments: [],
      };
      return { ...state, reviews: [...state.reviews, review], openReviewId: reviewId };
    }
    case 'CriterionAssessed': {
      const { reviewId, criterionId, met, evidence, assessedBy, assessedAt } = event.data;
      return updateReview(state, reviewId, (review) => ({
        ...review,
        assessments: [
          ...review.assessments.filter((a) => a.criterionId !== criterionId),
          { criterionId, met, evidence, assessedBy, assessedAt },
        ],
      }));
    }
    case 'GateDecisionRecorded': {
      const { reviewId, decision, resultingStage, rationale, conditions, decidedBy, decidedAt, toStage } =
        event.data;
      const decided = updateReview(state, reviewId, (review) => ({
        ...review,
        decision: {
          decision,
          resultingStage,
          conditions,
          decidedBy,
          decidedAt,
          ...(rationale === undefined ? {} : { rationale }),
        },
      }));
      const approved = decision === 'go' && toStage === 'development';
      return {
        ...decided,
        openReviewId: undefined,
        businessCaseApproved: decided.businessCaseApproved || approved,
      };
    }
    case 'BusinessCaseSubmitted': {
      const { lifecycleId: _l, productId: _p, version: _v, ...businessCase } = event.data;
      return { ...state, businessCase };
    }
    case 'LifecycleKilled':
      return {
        ...state,
        killed: { reason: event.data.reason, killedBy: event.data.killedBy, killedAt: event.data.killedAt },
      };
    case 'WithdrawalAnnounced': {
      const { effectiveDate, reason, replacementProductId, announcedBy, announcedAt } = event.data;
      return {
        ...state,
        withdrawal: {
          effectiveDate,
          reason,
          announcedBy,
          announcedAt,
          ...(replacementProductId ? { replacementProductId } : {}),
        },
      };
    }
    case 'ProductWithdrawn':
      return state.withdrawal
        ? {
            ...state,
            withdrawal: {
              ...state.withdrawal,
              withdrawnBy: event.data.withdrawnBy,
              withdrawnAt: event.data.withdrawnAt,
            },
          }
        : state;
    case 'LifecycleStarted':
      return state;
  }
}

function updateReview(
  state: StartedLifecycle,
  reviewId: string,
  change: (review: GateReview) => GateReview,
): StartedLifecycle {
  return {
    ...state,
    reviews: state.reviews.map((review) => (review.reviewId === reviewId ? change(review) : review)),
  };
}
