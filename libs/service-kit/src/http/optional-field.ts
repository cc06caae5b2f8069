import { ValidateIf } from 'class-validator';

/**
 * An optional body field: it may be left out, but when present it is validated, `null` included.
 * class-validator's `@IsOptional()` lets `null` through, which would reach the domain as a value: the event
 * contracts have optional fields, not nullable ones.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
