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

/** Who decides: a product manager (the RHiNO rationale is theirs to write), or admin. */
export const decisionRoles: readonly Role[] = ['product_manager', 'admin'];
