import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Role } from './roles';

export const IS_PUBLIC = 'product-ledger:is-public';
export const REQUIRED_ROLES = 'product-ledger:required-roles';

/** The route needs no token (health, metrics, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The token must carry at least one of these roles; without `@Roles` any valid token will do. The OpenAPI
 * document lists them as the operation's `x-roles`, which the role x endpoint tests read.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-roles', roles));
