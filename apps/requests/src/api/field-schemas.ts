import {
  customerAccountSchema,
  maxStrategicFit,
  moneySchema,
  personIdSchema,
  productIdSchema,
  requestIdSchema,
  requestSourceSchema,
  riceImpactSchema,
  semverSchema,
} from '@product-ledger/contracts';
import { requiredText, storableText } from '@product-ledger/service-kit';
import { z } from 'zod';

/**
 * The schemas request fields are checked with: the event contracts' own field schemas, made a little
 * stricter where a person typing would slip. What the HTTP edge accepts, the contract accepts too, so a
 * valid request never becomes an event the store refuses.
 */
export const fields = {
  title: requiredText(200),
  description: storableText(0, 10_000),
  source: requestSourceSchema,
  productId: productIdSchema,
  requestId: requestIdSchema,
  personId: personIdSchema.and(requiredText(200)),
  accountId: customerAccountSchema.shape.accountId.and(requiredText(200)),
  accountName: customerAccountSchema.shape.name.and(requiredText(200)),
  money: moneySchema,
  note: storableText(0, 2000),
  reason: requiredText(4000),
  rationale: requiredText(4000),
  version: semverSchema,
  date: z.iso.date(),
  reach: z.number().int().min(0).max(1e9),
  impact: riceImpactSchema,
  confidence: z.number().min(0).max(1),
  effort: z.number().gt(0).max(1e6),
  strategicFit: z.number().int().min(0).max(maxStrategicFit),
} as const;
