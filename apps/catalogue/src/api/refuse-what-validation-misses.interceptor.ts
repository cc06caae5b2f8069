import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { problem } from '@product-ledger/service-kit';
import type { Observable } from 'rxjs';

const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Refuses two kinds of body the validation pipe lets through, both found by the write fuzz:
 * - an array (it passes a DTO without required fields; every catalogue body is an object);
 * - fields named like Object.prototype members (`constructor`, `toString`, `__proto__`...):
 *   class-transformer skips such keys instead of copying them, so the pipe's "unknown field" check never
 *   sees them and the field would be dropped silently. No catalogue DTO has such a field: 400.
 */
@Injectable()
export class RefuseWhatValidationMisses implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body: unknown = context.switchToHttp().getRequest<{ body?: unknown }>().body;
    if (Array.isArray(body)) {
      problem(400, 'Bad Request', 'The request body must be a JSON object.', {
        type: 'urn:product-ledger:problem:validation',
        errors: [{ path: '', message: 'the body must be a JSON object, not an array' }],
      });
    }
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      const refused = Object.keys(body).filter((key) => inheritedNames.has(key));
      if (refused.length > 0) {
        problem(400, 'Bad Request', `The request is not valid: ${refused.join(', ')}`, {
          type: 'urn:product-ledger:problem:validation',
          errors: refused.map((path) => ({ path, message: `property ${path} should not exist` })),
        });
      }
    }
    return next.handle();
  }
}
