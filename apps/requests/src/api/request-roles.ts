import type { Role } from '@product-ledger/service-kit';

/** Who brings requests in and adds to them: Sales, product managers, contributors, CRM/support-desk systems. */
export const intakeRoles: readonly Role[] = [
  'sales',
  'product_manager',
  'contributor',
  'integration',
  'admin',
];

/** Who triages: merging duplicates and scoring are product management's judgement. */
export const triageRoles: readonly Role[] = ['product_manager', 'admin'];

/**
 * Where the requests service's answers hold commercial data (account revenue, deal value, revenue-weighted
 * demand, the priority that weighs it, and a ranking's explanation, which names the demand): omitted for the
 * roles that may not see it, in every answer, history entries included.
 */
export const requestCommercialFields = ['revenue', 'dealValue', 'demand', 'priority', 'explanation'] as const;

/** Who decides: a product manager (the RHiNO rationale is theirs to write), or admin. */
export const decisionRoles: readonly Role[] = ['product_manager', 'admin'];
