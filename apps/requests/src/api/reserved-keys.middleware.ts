import { Injectable, type NestMiddleware } from '@nestjs/common';
import { problem, type FieldError } from '@product-ledger/service-kit';

/**
 * Keys the validation pipe does not refuse as unknown: class-transformer does not copy `constructor` or
 * `__proto__` onto a DTO, and class-validator's whitelist looks property names up in a plain object, so
 * every name of `Object.prototype` (`toString`, `valueOf`, ...) counts as a known property.
 */
function isReservedKey(key: string): boolean {
  return key === 'prototype' || Object.prototype.hasOwnProperty.call(Object.prototype, key);
}

function reservedKeyPaths(value: unknown, path: string, found: FieldError[]): FieldError[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => reservedKeyPaths(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (isReservedKey(key)) found.push({ path: keyPath, message: `property ${key} should not exist` });
      else reservedKeyPaths((value as Record<string, unknown>)[key], keyPath, found);
    }
  }
  return found;
}

/**
 * Refuses bodies holding such keys with the 400 any unknown field gets: without this the request would
 * succeed with the key silently ignored.
 */
@Injectable()
export class ReservedKeysMiddleware implements NestMiddleware {
  use(request: { body?: unknown }, _response: unknown, next: () => void): void {
    const errors = reservedKeyPaths(request.body, '', []);
    if (errors.length > 0) {
      problem(400, 'Bad Request', `The request is not valid: ${errors.map((error) => error.path).join(', ')}`, {
        type: 'urn:product-ledger:problem:validation',
        errors,
      });
    }
    next();
  }
}
