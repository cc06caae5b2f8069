import { ValidateIf } from 'class-validator';

/**
 * The field may be left out; unlike class-validator's `@IsOptional()`, an explicit `null` is still
 * validated (and refused): the event contracts have optional fields, not nullable ones.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
