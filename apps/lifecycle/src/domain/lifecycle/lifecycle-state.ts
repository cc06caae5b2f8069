import type {
  ActivityDefinition,
  BusinessCase,
  CriterionDefinition,
  GateDecision,
  GatedStage,
  LifecycleStage,
} from '@product-ledger/contracts';

export interface ActivityCompletion {
  readonly activityId: string;
  readonly stage: LifecycleStage;
  readonly completedBy: string;
  readonly completedAt: string;
  readonly note?: string;
}

export interface CriterionAssessment {
  readonly criterionId: string;
  readonly met: boolean;
  readonly evidence: string;
  readonly assessedBy: string;
  readonly assessedAt: string;
}

export interface RecordedDecision {
  readonly decision: GateDecision;
  readonly resultingStage: LifecycleStage;
  readonly rationale?: string;
  readonly conditions: readonly string[];
  readonly decidedBy: string;
  readonly decidedAt: string;
}

/** A gate review keeps the criteria it was opened with; the latest assessment of each criterion counts. */
export interface GateReview {
  readonly reviewId: string;
  readonly fromStage: LifecycleStage;
  readonly toStage: GatedStage;
  readonly criteria: readonly CriterionDefinition[];
  readonly playbookRevision: number;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly assessments: readonly CriterionAssessment[];
  readonly decision?: RecordedDecision;
}

export interface Withdrawal {
  readonly effectiveDate: string;
  readonly reason: string;
  readonly replacementProductId?: string;
  readonly announcedBy: string;
  readonly announcedAt: string;
  readonly withdrawnBy?: string;
  readonly withdrawnAt?: string;
}

export interface StartedLifecycle {
  readonly status: 'started';
  readonly lifecycleId: string;
  readonly productId: string;
  readonly version?: string;
  readonly startedAt: string;
  readonly stage: LifecycleStage;
  readonly stageEnteredAt: string;
  /** The playbook activities of the current stage, as they were when it was entered. */
  readonly activities: readonly ActivityDefinition[];
  /** Latest completion per activity, kept across stages (a recycled stage keeps its finished work). */
  readonly completions: readonly ActivityCompletion[];
  readonly reviews: readonly GateReview[];
  readonly openReviewId?: string;
  readonly businessCase?: BusinessCase;
  /** The development gate said go with the business case in force then. */
  readonly businessCaseApproved: boolean;
  readonly withdrawal?: Withdrawal;
  readonly killed?: { readonly reason: string; readonly killedBy: string; readonly killedAt: string };
}

export type LifecycleState = { readonly status: 'not_started' } | StartedLifecycle;

export const initialLifecycleState = (): LifecycleState => ({ status: 'not_started' });

export function openReviewOf(state: StartedLifecycle): GateReview | undefined {
  return state.reviews.find((review) => review.reviewId === state.openReviewId);
}

export function completionOf(state: StartedLifecycle, activityId: string): ActivityCompletion | undefined {
  return state.completions.find((completion) => completion.activityId === activityId);
}
