import type { DomainEvent } from '@product-ledger/domain';
import type {
  DuplicateAbsorbedV1,
  EventData,
  RequestAcceptedV1,
  RequestClosedV1,
  RequestDeclinedV1,
  RequestDeferredV1,
  RequestDeliveredV1,
  RequestEndorsedV1,
  RequestLinkedToProductV1,
  RequestMergedV1,
  RequestScoredV1,
  RequestSubmittedV1,
} from '@product-ledger/contracts';

// The payloads are the published contracts, so the domain cannot drift from what analytics reads.
export type RequestSubmitted = DomainEvent<'RequestSubmitted', EventData<typeof RequestSubmittedV1>>;
export type RequestLinkedToProduct = DomainEvent<
  'RequestLinkedToProduct',
  EventData<typeof RequestLinkedToProductV1>
>;
export type RequestEndorsed = DomainEvent<'RequestEndorsed', EventData<typeof RequestEndorsedV1>>;
export type RequestMerged = DomainEvent<'RequestMerged', EventData<typeof RequestMergedV1>>;
export type DuplicateAbsorbed = DomainEvent<'DuplicateAbsorbed', EventData<typeof DuplicateAbsorbedV1>>;
export type RequestScored = DomainEvent<'RequestScored', EventData<typeof RequestScoredV1>>;
export type RequestAccepted = DomainEvent<'RequestAccepted', EventData<typeof RequestAcceptedV1>>;
export type RequestDeclined = DomainEvent<'RequestDeclined', EventData<typeof RequestDeclinedV1>>;
export type RequestDeferred = DomainEvent<'RequestDeferred', EventData<typeof RequestDeferredV1>>;
export type RequestDelivered = DomainEvent<'RequestDelivered', EventData<typeof RequestDeliveredV1>>;
export type RequestClosed = DomainEvent<'RequestClosed', EventData<typeof RequestClosedV1>>;

export type RequestEvent =
  | RequestSubmitted
  | RequestLinkedToProduct
  | RequestEndorsed
  | RequestMerged
  | DuplicateAbsorbed
  | RequestScored
  | RequestAccepted
  | RequestDeclined
  | RequestDeferred
  | RequestDelivered
  | RequestClosed;
