import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { map, type Observable } from 'rxjs';
import type { Actor } from './actor';
import { actorOf } from './request-actor';
import type { Role } from './roles';

/**
 * Customer account revenue, deal values and revenue-weighted demand are commercial data: these roles see
 * them; `viewer`, `contributor` and `integration` get the fields omitted (not zeroed) everywhere they occur.
 */
export const commercialRoles: readonly Role[] = [
  'admin',
  'product_manager',
  'gatekeeper',
  'sales',
  'analyst',
];

/** What the OpenAPI document says on every commercial field. */
export const commercialNote = 'Commercial data: omitted for the viewer, contributor and integration roles.';

const COMMERCIAL_FIELDS = 'product-ledger:commercial-fields';

export function seesCommercialData(actor: Actor | undefined): boolean {
  return actor !== undefined && actor.roles.some((role) => commercialRoles.includes(role));
}

/**
 * The route's answers hold commercial data under these keys (at any depth, in JSON, CSV and history
 * entries): for a requester who may not see it they are omitted. The operation's `x-commercial-fields`
 * lists them.
 */
export function CommercialFields(...keys: string[]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(COMMERCIAL_FIELDS, keys), ApiExtension('x-commercial-fields', keys));
}

/** The keys to omit from this request's answer: none for a requester who sees commercial data. */
export function hiddenCommercialFields(context: ExecutionContext, reflector: Reflector): ReadonlySet<string> {
  const keys = reflector.getAllAndOverride<string[] | undefined>(COMMERCIAL_FIELDS, [
    context.getHandler(),
    context.getClass(),
  ]);
  if (!keys?.length || seesCommercialData(actorOf(context.switchToHttp().getRequest()))) return new Set();
  return new Set(keys);
}

/** Refuses (403) sorting or filtering by commercial data, so the order cannot leak what the fields hide. */
export function assertMayOrderByCommercialData(actor: Actor | undefined, what: string): void {
  if (!seesCommercialData(actor))
    throw new ForbiddenException(
      `${what} uses commercial data, which needs one of the roles ${commercialRoles.join(', ')}`,
    );
}

/** A copy of `value` without the given keys, at any depth. */
export function omitKeys<T>(value: T, keys: ReadonlySet<string>): T {
  if (keys.size === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => omitKeys(item, keys)) as T;
  if (value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (!keys.has(key)) copy[key] = omitKeys(entry, keys);
  return copy as T;
}

/** Global: omits a route's commercial fields from JSON answers for requesters who may not see them. */
@Injectable()
export class CommercialDataInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const hidden = hiddenCommercialFields(context, this.reflector);
    if (hidden.size === 0) return next.handle();
    // A CSV answer (a string) was made by the route's own interceptor, which dropped the columns itself.
    return next
      .handle()
      .pipe(map((body: unknown) => (typeof body === 'string' ? body : omitKeys(body, hidden))));
  }
}
