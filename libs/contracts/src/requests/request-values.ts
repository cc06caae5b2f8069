import { z } from 'zod';

/**
 * The vocabulary of request events. Consumers (analytics, CRM integrations) read these schemas, so a value
 * added here is a contract change: extend enums only, never narrow them.
 */

/** Who asked: Sales, customers, support, partners, internal teams, or a market signal. */
export const requestSources = ['sales', 'customer', 'support', 'partner', 'internal', 'market'] as const;

/**
 * Where a request stands. `open` waits for a decision; `merged`, `delivered` and `closed` are final (a
 * closed request takes no more changes).
 */
export const requestStatuses = ['open', 'accepted', 'declined', 'deferred', 'delivered', 'merged', 'closed'] as const;

/** RICE impact, on the usual scale: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
export const riceImpacts = [0.25, 0.5, 1, 2, 3] as const;

/** Strategic fit from 0 (off strategy) to 5 (the core of the product strategy). */
export const maxStrategicFit = 5;

export const requestIdSchema = z.uuid();
export const requestSourceSchema = z.enum(requestSources);
export const requestStatusSchema = z.enum(requestStatuses);
/** Money in the company's reporting currency; annual revenue of an account, value of a deal. */
export const moneySchema = z.number().min(0).max(1e15);
/** A moment, ISO 8601 with offset. */
export const requestInstantSchema = z.iso.datetime({ offset: true });

/** A customer account that wants the request, with its annual revenue (what weights demand). */
export const customerAccountSchema = z.object({
  accountId: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  revenue: moneySchema,
});

export const riceImpactSchema = z.union(riceImpacts.map((impact) => z.literal(impact)));

export const riceScoreSchema = z.object({
  /** People or accounts affected per quarter. */
  reach: z.number().int().min(0).max(1e9),
  impact: riceImpactSchema,
  /** 0 (a guess) to 1 (certain). */
  confidence: z.number().min(0).max(1),
  /** Person-months, more than zero. */
  effort: z.number().gt(0).max(1e6),
  strategicFit: z.number().int().min(0).max(maxStrategicFit),
});

export type RequestSource = z.infer<typeof requestSourceSchema>;
export type RequestStatus = z.infer<typeof requestStatusSchema>;
export type CustomerAccount = z.infer<typeof customerAccountSchema>;
export type RiceImpact = z.infer<typeof riceImpactSchema>;
export type RiceInput = z.infer<typeof riceScoreSchema>;
