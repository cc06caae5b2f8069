import type { GateDecision, LifecycleStage, Playbook, StageWithActivities } from '@product-ledger/contracts';

/**
 * Commands carry everything the decider needs, so it stays pure: who (`actor`, the token's subject), when
 * (`at`, ISO instant) and, where a stage is entered or a review opened, the playbook in force.
 */
interface LifecycleCommandBase {
  readonly lifecycleId: string;
  readonly actor: string;
  readonly at: string;
}

export interface PlaybookInForce {
  readonly playbook: Playbook;
  readonly revision: number;
}

export interface StartLifecycle extends LifecycleCommandBase {
  readonly type: 'StartLifecycle';
  readonly productId: string;
  readonly version?: string;
  readonly stage: StageWithActivities;
  readonly trigger: 'ProductRegistered' | 'VersionPlanned';
  readonly playbook: PlaybookInForce;
}

export interface OpenGateReview extends LifecycleCommandBase {
  readonly type: 'OpenGateReview';
  readonly toStage: LifecycleStage;
  readonly playbook: PlaybookInForce;
}

export interface AssessCriterion extends LifecycleCommandBase {
  readonly type: 'AssessCriterion';
  readonly reviewId: string;
  readonly criterionId: string;
  readonly met: boolean;
  readonly evidence: string;
}

export interface SubmitBusinessCase extends LifecycleCommandBase {
  readonly type: 'SubmitBusinessCase';
  readonly proposition: string;
  readonly targetMarket: string;
  readonly currency: string;
  readonly investment: number;
  readonly expectedRevenue: { readonly year1: number; readonly year2: number; readonly year3: number };
  readonly paybackMonths: number;
}

export interface RecordGateDecision extends LifecycleCommandBase {
  readonly type: 'RecordGateDecision';
  readonly reviewId: string;
  readonly decision: GateDecision;
  readonly rationale?: string;
  readonly conditions?: readonly string[];
  readonly playbook: PlaybookInForce;
}

export interface CompleteActivity extends LifecycleCommandBase {
  readonly type: 'CompleteActivity';
  readonly activityId: string;
  readonly note?: string;
}

export interface AdvanceStage extends LifecycleCommandBase {
  readonly type: 'AdvanceStage';
  readonly toStage: LifecycleStage;
  readonly playbook: PlaybookInForce;
}

export interface AnnounceWithdrawal extends LifecycleCommandBase {
  readonly type: 'AnnounceWithdrawal';
  readonly effectiveDate: string;
  readonly reason: string;
  readonly replacementProductId?: string;
  readonly playbook: PlaybookInForce;
}

export interface CompleteWithdrawal extends LifecycleCommandBase {
  readonly type: 'CompleteWithdrawal';
}

export type LifecycleCommand =
  | StartLifecycle
  | OpenGateReview
  | AssessCriterion
  | SubmitBusinessCase
  | RecordGateDecision
  | CompleteActivity
  | AdvanceStage
  | AnnounceWithdrawal
  | CompleteWithdrawal;
