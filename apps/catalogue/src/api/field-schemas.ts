import {
  initialStageSchema,
  personIdSchema,
  productCodeSchema,
  productKindSchema,
  productLineIdSchema,
  productMarketSchema,
  semverSchema,
  stakeholderRoleSchema,
} from '@product-ledger/contracts';
import { requiredText, storableText } from '@product-ledger/service-kit';
import { z } from 'zod';

/**
 * The schemas request fields are checked with: the event contracts' own field schemas, a little stricter
 * where a person typing would otherwise slip (blank names) or PostgreSQL could not store the text.
 */
export const fields = {
  name: requiredText(200),
  description: storableText(0, 4000),
  scope: requiredText(4000),
  reason: requiredText(4000),
  personId: personIdSchema.and(requiredText(200)),
  code: productCodeSchema,
  productLineId: productLineIdSchema,
  kind: productKindSchema,
  market: productMarketSchema,
  initialStage: initialStageSchema,
  role: stakeholderRoleSchema,
  version: semverSchema,
  targetDate: z.iso.date(),
  instant: z.iso.datetime({ offset: true }),
} as const;
