import { FieldError } from '../errors/problem';

/**
 * Keys the whitelist does not refuse as unknown: class-transformer does not copy `constructor` or
 * `__proto__` onto a DTO, and class-validator looks property names up in a plain object, so every name of
 * `Object.prototype` (`toString`, `valueOf`, ...) counts as known. Found by fuzzing request bodies.
 */
function isReservedKey(key: string): boolean {
  return key === 'prototype' || Object.prototype.hasOwnProperty.call(Object.prototype, key);
}

/** Paths of every reserved key in a parsed body or query, so they get the 400 any unknown field gets. */
export function reservedKeyErrors(value: unknown, path = '', found: FieldError[] = []): FieldError[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => reservedKeyErrors(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (isReservedKey(key)) found.push({ path: keyPath, message: `property ${key} should not exist` });
      else reservedKeyErrors((value as Record<string, unknown>)[key], keyPath, found);
    }
  }
  return found;
}
