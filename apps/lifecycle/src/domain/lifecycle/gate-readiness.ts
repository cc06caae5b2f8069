import type { EventData, GateDecisionRecordedV1 } from '@product-ledger/contracts';
import type { MissingForGo } from './lifecycle-errors';
import { completionOf, type GateReview, type StartedLifecycle } from './lifecycle-state';

/**
 * What a go needs and what is still missing: every must-meet criterion assessed as met, every activity a
 * must-meet criterion requires complete, and for the gate into development a business case. Should-meet
 * criteria (and the activities they name) inform the gatekeeper but never block.
 */
export interface GateReadiness extends MissingForGo {
  readonly ready: boolean;
}

export function gateReadiness(state: StartedLifecycle, review: GateReview): GateReadiness {
  const missingCriteria = review.criteria
    .filter((criterion) => criterion.type === 'must_meet')
    .map((criterion) => ({ criterion, assessment: assessmentOf(review, criterion.id) }))
    .filter(({ assessment }) => !assessment?.met)
    .map(({ criterion, assessment }) => ({
      id: criterion.id,
      name: criterion.name,
      assessed: assessment !== undefined,
    }));
  const incompleteActivities = requiredActivities(review)
    .filter(({ activityId }) => !completionOf(state, activityId))
    .map(({ activityId, requiredBy }) => ({ activityId, requiredBy }));
  const businessCaseMissing = review.toStage === 'development' && state.businessCase === undefined;
  return {
    ready: missingCriteria.length === 0 && incompleteActivities.length === 0 && !businessCaseMissing,
    missingCriteria,
    incompleteActivities,
    businessCaseMissing,
  };
}

/** Activities required by the review's must-meet criteria, each once, with the criteria that need it. */
export function requiredActivities(review: GateReview): { activityId: string; requiredBy: string[] }[] {
  const byActivity = new Map<string, string[]>();
  for (const criterion of review.criteria) {
    if (criterion.type !== 'must_meet') continue;
    for (const activityId of criterion.requiredActivities) {
      byActivity.set(activityId, [...(byActivity.get(activityId) ?? []), criterion.id]);
    }
  }
  return [...byActivity].map(([activityId, requiredBy]) => ({ activityId, requiredBy }));
}

type DecisionSnapshot = Pick<
  EventData<typeof GateDecisionRecordedV1>,
  'criteria' | 'requiredActivities' | 'businessCase'
>;

/** The criteria, evidence, required activities and business case as they stand at the decision. */
export function decisionSnapshot(state: StartedLifecycle, review: GateReview): DecisionSnapshot {
  return {
    criteria: review.criteria.map((criterion) => {
      const assessment = assessmentOf(review, criterion.id);
      return assessment
        ? {
            ...criterion,
            met: assessment.met,
            evidence: assessment.evidence,
            assessedBy: assessment.assessedBy,
            assessedAt: assessment.assessedAt,
          }
        : { ...criterion, met: null };
    }),
    requiredActivities: requiredActivities(review).map(({ activityId }) => {
      const completion = completionOf(state, activityId);
      return completion
        ? {
            activityId,
            completed: true,
            completedBy: completion.completedBy,
            completedAt: completion.completedAt,
          }
        : { activityId, completed: false };
    }),
    ...(review.toStage === 'development' && state.businessCase ? { businessCase: state.businessCase } : {}),
  };
}

function assessmentOf(review: GateReview, criterionId: string) {
  return review.assessments.find((assessment) => assessment.criterionId === criterionId);
}
