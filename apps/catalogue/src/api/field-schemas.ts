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
import { z } from 'zod';

/**
 * The schemas request fields are checked with: the event contracts' own field schemas, a little stricter
 * where a person typing would otherwise slip (blank names, NUL characters PostgreSQL cannot store).
 */
const text = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

export const fields = {
  name: text(1, 200).refine((s) => s.trim().length > 0, 'must not be blank'),
  description: text(0, 4000),
  scope: text(1, 4000).refine((s) => s.trim().length > 0, 'must not be blank'),
  reason: text(1, 4000).refine((s) => s.trim().length > 0, 'must not be blank'),
  personId: personIdSchema.refine((s) => s.trim().length > 0 && !s.includes('\u0000'), 'must not be blank'),
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
