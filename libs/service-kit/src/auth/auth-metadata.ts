import { SetMetadata } from '@nestjs/common';
import { Role } from './roles';

export const IS_PUBLIC = 'product-ledger:is-public';
export const REQUIRED_ROLES = 'product-ledger:required-roles';

/** The route needs no token (health, metrics, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The token must carry at least one of these roles; without `@Roles` any valid token will do. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
