import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-contract';
import { Topics } from '../topics';
import {
  initialStageSchema,
  personIdSchema,
  productCodeSchema,
  productIdSchema,
  productKindSchema,
  productLineIdSchema,
  productMarketSchema,
  semverSchema,
  stakeholderRoleSchema,
} from './catalogue-values';

/** Events of the Product aggregate, on `catalogue.product.v1`, key = productId. */
export const ProductRegisteredV1 = defineEvent({
  type: 'ProductRegistered',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description:
    'A product was registered in the catalogue. `initialStage` is set for a product that already existed ' +
    'before Product Ledger; without it the lifecycle starts at innovation.',
  schema: z.object({
    productId: productIdSchema,
    code: productCodeSchema,
    name: z.string().min(1).max(200),
    description: z.string().max(4000),
    productLineId: productLineIdSchema,
    kind: productKindSchema,
    market: productMarketSchema,
    ownerId: personIdSchema,
    initialStage: initialStageSchema.optional(),
  }),
});

export const ProductRenamedV1 = defineEvent({
  type: 'ProductRenamed',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A product got a new name (its code never changes).',
  schema: z.object({
    productId: productIdSchema,
    name: z.string().min(1).max(200),
    previousName: z.string(),
  }),
});

export const ProductDescribedV1 = defineEvent({
  type: 'ProductDescribed',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A product got a new description.',
  schema: z.object({
    productId: productIdSchema,
    description: z.string().max(4000),
  }),
});

export const ProductMovedToLineV1 = defineEvent({
  type: 'ProductMovedToLine',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A product moved from one product line to another.',
  schema: z.object({
    productId: productIdSchema,
    productLineId: productLineIdSchema,
    previousProductLineId: productLineIdSchema,
  }),
});

export const ProductOwnerAssignedV1 = defineEvent({
  type: 'ProductOwnerAssigned',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A person became the accountable owner of a product.',
  schema: z.object({
    productId: productIdSchema,
    ownerId: personIdSchema,
    previousOwnerId: personIdSchema,
  }),
});

export const StakeholderAddedV1 = defineEvent({
  type: 'StakeholderAdded',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A person takes part in a product in a role (a person may hold several roles).',
  schema: z.object({
    productId: productIdSchema,
    personId: personIdSchema,
    role: stakeholderRoleSchema,
  }),
});

export const StakeholderRemovedV1 = defineEvent({
  type: 'StakeholderRemoved',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A person no longer takes part in a product in that role.',
  schema: z.object({
    productId: productIdSchema,
    personId: personIdSchema,
    role: stakeholderRoleSchema,
  }),
});

export const VersionPlannedV1 = defineEvent({
  type: 'VersionPlanned',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A version (semver) of a product was planned with a target date and scope.',
  schema: z.object({
    productId: productIdSchema,
    version: semverSchema,
    targetDate: z.iso.date(),
    scope: z.string().min(1).max(4000),
  }),
});

export const VersionReleasedV1 = defineEvent({
  type: 'VersionReleased',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description: 'A planned version of a product was released.',
  schema: z.object({
    productId: productIdSchema,
    version: semverSchema,
    releasedAt: z.iso.datetime({ offset: true }),
  }),
});

export const ProductRetiredV1 = defineEvent({
  type: 'ProductRetired',
  schemaVersion: 1,
  topic: Topics.catalogueProduct,
  description:
    'A product was retired and takes no more changes. `cause` says whether a person decided it or the ' +
    "lifecycle's ProductWithdrawn event did (then `withdrawalEventId` names that event).",
  schema: z.object({
    productId: productIdSchema,
    reason: z.string().min(1).max(4000),
    cause: z.enum(['decision', 'withdrawal']),
    withdrawalEventId: z.string().min(1).optional(),
  }),
});

export const productContracts = [
  ProductRegisteredV1,
  ProductRenamedV1,
  ProductDescribedV1,
  ProductMovedToLineV1,
  ProductOwnerAssignedV1,
  StakeholderAddedV1,
  StakeholderRemovedV1,
  VersionPlannedV1,
  VersionReleasedV1,
  ProductRetiredV1,
] as const;

/** An event on `catalogue.product.v1`, narrowed by `type`. */
export type CatalogueProductTopicEvent = EventOf<typeof productContracts>;
