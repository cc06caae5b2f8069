import type {
  ActivityCompletedV1,
  BusinessCaseSubmittedV1,
  CriterionAssessedV1,
  EventData,
  GateDecisionRecordedV1,
  GateReviewOpenedV1,
  LifecycleKilledV1,
  LifecycleStartedV1,
  ProductWithdrawnV1,
  StageEnteredV1,
  WithdrawalAnnouncedV1,
} from '@product-ledger/contracts';
import type { DomainEvent } from '@product-ledger/domain';

/** The lifecycle's events are exactly its public contracts (libs/contracts/src/lifecycle). */
export type LifecycleStarted = DomainEvent<'LifecycleStarted', EventData<typeof LifecycleStartedV1>>;
export type StageEntered = DomainEvent<'StageEntered', EventData<typeof StageEnteredV1>>;
export type ActivityCompleted = DomainEvent<'ActivityCompleted', EventData<typeof ActivityCompletedV1>>;
export type LifecycleKilled = DomainEvent<'LifecycleKilled', EventData<typeof LifecycleKilledV1>>;
export type GateReviewOpened = DomainEvent<'GateReviewOpened', EventData<typeof GateReviewOpenedV1>>;
export type CriterionAssessed = DomainEvent<'CriterionAssessed', EventData<typeof CriterionAssessedV1>>;
export type GateDecisionRecorded = DomainEvent<
  'GateDecisionRecorded',
  EventData<typeof GateDecisionRecordedV1>
>;
export type BusinessCaseSubmitted = DomainEvent<
  'BusinessCaseSubmitted',
  EventData<typeof BusinessCaseSubmittedV1>
>;
export type WithdrawalAnnounced = DomainEvent<'WithdrawalAnnounced', EventData<typeof WithdrawalAnnouncedV1>>;
export type ProductWithdrawn = DomainEvent<'ProductWithdrawn', EventData<typeof ProductWithdrawnV1>>;

export type LifecycleEvent =
  | LifecycleStarted
  | StageEntered
  | ActivityCompleted
  | LifecycleKilled
  | GateReviewOpened
  | CriterionAssessed
  | GateDecisionRecorded
  | BusinessCaseSubmitted
  | WithdrawalAnnounced
  | ProductWithdrawn;
