import { z } from 'zod';
import { defineEvent, type EventOf } from '../event-contract';
import { Topics } from '../topics';
import { personIdSchema, productLineIdSchema } from './catalogue-values';

/** Events of the ProductLine aggregate, on `catalogue.product-line.v1`, key = productLineId. */
export const ProductLineCreatedV1 = defineEvent({
  type: 'ProductLineCreated',
  schemaVersion: 1,
  topic: Topics.catalogueProductLine,
  description: 'A product line was created to group products.',
  schema: z.object({
    productLineId: productLineIdSchema,
    name: z.string().min(1).max(200),
    description: z.string().max(4000),
    /** Who owns the line: whoever created it unless named. Absent on lines created before lines had owners. */
    ownerId: personIdSchema.optional(),
  }),
});

export const ProductLineRenamedV1 = defineEvent({
  type: 'ProductLineRenamed',
  schemaVersion: 1,
  topic: Topics.catalogueProductLine,
  description: 'A product line got a new name.',
  schema: z.object({
    productLineId: productLineIdSchema,
    name: z.string().min(1).max(200),
    previousName: z.string(),
  }),
});

export const ProductLineDescribedV1 = defineEvent({
  type: 'ProductLineDescribed',
  schemaVersion: 1,
  topic: Topics.catalogueProductLine,
  description: 'A product line got a new description.',
  schema: z.object({
    productLineId: productLineIdSchema,
    description: z.string().max(4000),
  }),
});

export const ProductLineArchivedV1 = defineEvent({
  type: 'ProductLineArchived',
  schemaVersion: 1,
  topic: Topics.catalogueProductLine,
  description: 'A product line holding no active product was archived; it takes no new products.',
  schema: z.object({
    productLineId: productLineIdSchema,
  }),
});

export const ProductLineOwnerAssignedV1 = defineEvent({
  type: 'ProductLineOwnerAssigned',
  schemaVersion: 1,
  topic: Topics.catalogueProductLine,
  description:
    "A product line got a new owner: the owner may change the line and every product in it (the ownership rule).",
  schema: z.object({
    productLineId: productLineIdSchema,
    ownerId: personIdSchema,
    /** Absent when the line had no owner (lines created before lines had owners). */
    previousOwnerId: personIdSchema.optional(),
  }),
});

export const productLineContracts = [
  ProductLineCreatedV1,
  ProductLineRenamedV1,
  ProductLineDescribedV1,
  ProductLineArchivedV1,
  ProductLineOwnerAssignedV1,
] as const;

/** An event on `catalogue.product-line.v1`, narrowed by `type`. */
export type CatalogueProductLineTopicEvent = EventOf<typeof productLineContracts>;
