import { isValidFactPeriod, semverPattern } from '@product-ledger/contracts';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isAsOf } from '../../domain/reporting/as-of';

/** `asOf`: a date (the end of that day, UTC) or an ISO 8601 date-time with offset. */
export function IsAsOf(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAsOf',
      validator: {
        validate: (value) => typeof value === 'string' && isAsOf(value),
        defaultMessage: () => 'asOf must be a date (2026-03-15) or an ISO 8601 date-time',
      },
    },
    options,
  );
}

/** `from` / `to`: a period as facts have them, a day or a month. */
export function IsReportPeriod(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isReportPeriod',
      validator: {
        validate: (value) => typeof value === 'string' && isValidFactPeriod(value),
        defaultMessage: (args) => `${args?.property} must be a day (2026-03-15) or a month (2026-03)`,
      },
    },
    options,
  );
}

export function IsSemver(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSemver',
      validator: {
        validate: (value) => typeof value === 'string' && value.length <= 128 && semverPattern.test(value),
        defaultMessage: () => 'version must be a semantic version such as 1.4.0',
      },
    },
    options,
  );
}
