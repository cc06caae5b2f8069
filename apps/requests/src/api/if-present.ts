import { ValidateIf } from 'class-validator';

/**
 * An optional body field: absent is fine, but a value that is present (null included) is validated.
 * class-validator's `@IsOptional()` would let `null` through, and a null is not a value of any field here.
 */
export function IfPresent(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}
