import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';
import { lifecycleSubject } from './lifecycle-subject';
import { actorIdSchema, instantSchema } from './lifecycle-values';

const amount = z.number().finite().min(0).max(1e15);

/**
 * The case for investing, signed off by the gatekeeper's go at the gate into development. Amounts are in
 * `currency` (ISO 4217); expected revenue is per year after launch.
 */
export const businessCaseSchema = z.object({
  revision: z.number().int().min(1),
  proposition: z.string().min(1).max(4000),
  targetMarket: z.string().min(1).max(2000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code'),
  investment: amount,
  expectedRevenue: z.object({ year1: amount, year2: amount, year3: amount }),
  paybackMonths: z.number().int().min(1).max(600),
  submittedBy: actorIdSchema,
  submittedAt: instantSchema,
});

export const BusinessCaseSubmittedV1 = defineEvent({
  type: 'BusinessCaseSubmitted',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'A product manager submitted (or revised: `revision` counts up) the business case of a lifecycle. The ' +
    'one in force when the development gate says go is the approved forecast.',
  schema: z.object({ ...lifecycleSubject, ...businessCaseSchema.shape }),
});

export type BusinessCase = z.infer<typeof businessCaseSchema>;

export const businessCaseContracts = [BusinessCaseSubmittedV1] as const;
