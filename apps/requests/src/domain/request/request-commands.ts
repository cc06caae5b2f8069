import type { CustomerAccount, RequestSource, RiceImpact } from '@product-ledger/contracts';
import type { ProductAvailability } from './product-availability';
import type { RequestState } from './request-state';

/** Every command carries `at` (the handler's clock) so deciding stays a pure function. */
interface RequestCommandBase {
  readonly requestId: string;
  readonly at: string;
}

export interface SubmitRequest extends RequestCommandBase {
  readonly type: 'SubmitRequest';
  readonly title: string;
  readonly description: string;
  readonly source: RequestSource;
  readonly productId?: string;
  /** Required when `productId` is given. */
  readonly product?: ProductAvailability;
  readonly requester: string;
  readonly accounts: readonly CustomerAccount[];
  readonly dealValue: number;
  /** The configured RHiNO threshold (REQUESTS_RHINO_THRESHOLD). */
  readonly rhinoThreshold: number;
  readonly submittedBy: string;
}

export interface LinkRequestToProduct extends RequestCommandBase {
  readonly type: 'LinkRequestToProduct';
  readonly productId: string;
  readonly product: ProductAvailability;
  readonly linkedBy: string;
}

export interface EndorseRequest extends RequestCommandBase {
  readonly type: 'EndorseRequest';
  readonly account: CustomerAccount;
  readonly note?: string;
  readonly endorsedBy: string;
}

/** Sent to the duplicate, with the primary's current state. */
export interface MergeRequest extends RequestCommandBase {
  readonly type: 'MergeRequest';
  readonly intoRequestId: string;
  readonly primary: RequestState;
  readonly mergedBy: string;
}

/** Sent to the primary, with the duplicate's state as it was before the merge. */
export interface AbsorbDuplicate extends RequestCommandBase {
  readonly type: 'AbsorbDuplicate';
  readonly duplicateRequestId: string;
  readonly duplicate: RequestState;
}

export interface ScoreRequest extends RequestCommandBase {
  readonly type: 'ScoreRequest';
  readonly reach: number;
  readonly impact: RiceImpact;
  readonly confidence: number;
  readonly effort: number;
  readonly strategicFit: number;
  readonly scoredBy: string;
}

export interface AcceptRequest extends RequestCommandBase {
  readonly type: 'AcceptRequest';
  readonly plannedVersion: string;
  readonly rationale?: string;
  /** Availability of the request's product (undefined when it has none). */
  readonly product?: ProductAvailability;
  /** Whether the catalogue already released `plannedVersion` of that product. */
  readonly plannedVersionReleased: boolean;
  readonly decidedBy: string;
}

export interface DeclineRequest extends RequestCommandBase {
  readonly type: 'DeclineRequest';
  readonly reason: string;
  readonly decidedBy: string;
}

export interface DeferRequest extends RequestCommandBase {
  readonly type: 'DeferRequest';
  /** A calendar date (YYYY-MM-DD) after today. */
  readonly until: string;
  readonly reason?: string;
  readonly decidedBy: string;
}

/** Policy: the catalogue released a version of a product. */
export interface DeliverRequest extends RequestCommandBase {
  readonly type: 'DeliverRequest';
  readonly productId: string;
  readonly version: string;
  readonly releasedAt: string;
}

/** Policy: the lifecycle withdrew the request's product. */
export interface CloseRequestOfWithdrawnProduct extends RequestCommandBase {
  readonly type: 'CloseRequestOfWithdrawnProduct';
  readonly productId: string;
  readonly reason: string;
  readonly withdrawalEventId?: string;
}

export type RequestCommand =
  | SubmitRequest
  | LinkRequestToProduct
  | EndorseRequest
  | MergeRequest
  | AbsorbDuplicate
  | ScoreRequest
  | AcceptRequest
  | DeclineRequest
  | DeferRequest
  | DeliverRequest
  | CloseRequestOfWithdrawnProduct;
