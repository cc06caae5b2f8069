import type { DomainEvent } from '@product-ledger/domain';
import type {
  EventData,
  ProductLineArchivedV1,
  ProductLineCreatedV1,
  ProductLineDescribedV1,
  ProductLineOwnerAssignedV1,
  ProductLineRenamedV1,
} from '@product-ledger/contracts';

// The payloads are the published contracts, so the domain cannot drift from what consumers read.
export type ProductLineCreated = DomainEvent<'ProductLineCreated', EventData<typeof ProductLineCreatedV1>>;
export type ProductLineRenamed = DomainEvent<'ProductLineRenamed', EventData<typeof ProductLineRenamedV1>>;
export type ProductLineDescribed = DomainEvent<
  'ProductLineDescribed',
  EventData<typeof ProductLineDescribedV1>
>;
export type ProductLineArchived = DomainEvent<'ProductLineArchived', EventData<typeof ProductLineArchivedV1>>;

export type ProductLineOwnerAssigned = DomainEvent<
  'ProductLineOwnerAssigned',
  EventData<typeof ProductLineOwnerAssignedV1>
>;

export type ProductLineEvent =
  | ProductLineCreated
  | ProductLineRenamed
  | ProductLineDescribed
  | ProductLineArchived
  | ProductLineOwnerAssigned;
