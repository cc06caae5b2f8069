import { z } from 'zod';
import { productIdSchema } from '../catalogue/catalogue-values';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';
import { lifecycleSubject } from './lifecycle-subject';
import { actorIdSchema, instantSchema } from './lifecycle-values';

const withdrawalTerms = {
  /** The day the product (or version) stops being offered. */
  effectiveDate: z.iso.date(),
  reason: z.string().min(1).max(4000),
  /** The product customers are moved to, if any. */
  replacementProductId: productIdSchema.optional(),
};

export const WithdrawalAnnouncedV1 = defineEvent({
  type: 'WithdrawalAnnounced',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'A product manager announced the withdrawal of an in-life product (or version): it enters end_of_life.',
  schema: z.object({
    ...lifecycleSubject,
    ...withdrawalTerms,
    announcedBy: actorIdSchema,
    announcedAt: instantSchema,
  }),
});

export const ProductWithdrawnV1 = defineEvent({
  type: 'ProductWithdrawn',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'The withdrawal was completed: the lifecycle is withdrawn. Without `version` the product itself is ' +
    'withdrawn (the catalogue retires it, requests closes its open requests); with `version` only that ' +
    'version is.',
  schema: z.object({
    ...lifecycleSubject,
    ...withdrawalTerms,
    withdrawnBy: actorIdSchema,
    withdrawnAt: instantSchema,
  }),
});

export const withdrawalContracts = [WithdrawalAnnouncedV1, ProductWithdrawnV1] as const;
