import type { DomainEvent } from '@product-ledger/domain';
import type {
  EventData,
  ProductDescribedV1,
  ProductMovedToLineV1,
  ProductOwnerAssignedV1,
  ProductRegisteredV1,
  ProductRenamedV1,
  ProductRetiredV1,
  StakeholderAddedV1,
  StakeholderRemovedV1,
  VersionPlannedV1,
  VersionReleasedV1,
} from '@product-ledger/contracts';

// The payloads are the published contracts, so the domain cannot drift from what consumers read.
export type ProductRegistered = DomainEvent<'ProductRegistered', EventData<typeof ProductRegisteredV1>>;
export type ProductRenamed = DomainEvent<'ProductRenamed', EventData<typeof ProductRenamedV1>>;
export type ProductDescribed = DomainEvent<'ProductDescribed', EventData<typeof ProductDescribedV1>>;
export type ProductMovedToLine = DomainEvent<'ProductMovedToLine', EventData<typeof ProductMovedToLineV1>>;
export type ProductOwnerAssigned = DomainEvent<
  'ProductOwnerAssigned',
  EventData<typeof ProductOwnerAssignedV1>
>;
export type StakeholderAdded = DomainEvent<'StakeholderAdded', EventData<typeof StakeholderAddedV1>>;
export type StakeholderRemoved = DomainEvent<'StakeholderRemoved', EventData<typeof StakeholderRemovedV1>>;
export type VersionPlanned = DomainEvent<'VersionPlanned', EventData<typeof VersionPlannedV1>>;
export type VersionReleased = DomainEvent<'VersionReleased', EventData<typeof VersionReleasedV1>>;
export type ProductRetired = DomainEvent<'ProductRetired', EventData<typeof ProductRetiredV1>>;

export type ProductEvent =
  | ProductRegistered
  | ProductRenamed
  | ProductDescribed
  | ProductMovedToLine
  | ProductOwnerAssigned
  | StakeholderAdded
  | StakeholderRemoved
  | VersionPlanned
  | VersionReleased
  | ProductRetired;
