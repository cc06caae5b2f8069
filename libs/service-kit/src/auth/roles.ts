/** The roles a token may carry in its `roles` claim (docs/domain.md, "Roles and access"). */
export const ROLES = [
  'admin',
  'product_manager',
  'gatekeeper',
  'contributor',
  'sales',
  'analyst',
  'integration',
  'viewer',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
