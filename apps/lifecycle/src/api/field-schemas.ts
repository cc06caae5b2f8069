import {
  activityKindSchema,
  criterionTypeSchema,
  gateDecisionSchema,
  gatedStageSchema,
  lifecycleStageSchema,
  playbookSlugSchema,
  productIdSchema,
  stageWithActivitiesSchema,
} from '@product-ledger/contracts';
import { requiredText, storableText } from '@product-ledger/service-kit';
import { z } from 'zod';

/**
 * The schemas request fields are checked with: the lifecycle contracts' field schemas, a little stricter
 * where a person typing would otherwise slip (blank text) or where PostgreSQL's jsonb could not store
 * the event (NUL characters, lone surrogates).
 */
const text = storableText;
const prose = requiredText;

const amount = z.number().finite().min(0).max(1e15);

export const fields = {
  stage: lifecycleStageSchema,
  gatedStage: gatedStageSchema,
  stageWithActivities: stageWithActivitiesSchema,
  decision: gateDecisionSchema,
  slug: playbookSlugSchema,
  activityKind: activityKindSchema,
  criterionType: criterionTypeSchema,
  boolean: z.boolean(),
  evidence: prose(4000),
  rationale: text(0, 4000),
  conditions: z.array(prose(1000)).max(20),
  proposition: prose(4000),
  targetMarket: prose(2000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as EUR'),
  amount,
  paybackMonths: z.number().int().min(1).max(600),
  note: text(0, 4000),
  effectiveDate: z.iso.date(),
  reason: prose(4000),
  productId: productIdSchema,
  name: prose(200),
  description: text(0, 2000),
  requiredActivities: z.array(playbookSlugSchema).max(50),
} as const;
