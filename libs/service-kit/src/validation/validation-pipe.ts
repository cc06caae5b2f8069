import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { fieldErrors } from './field-errors';
import { reservedKeyErrors } from './reserved-keys';
import { validationProblem } from './validation-problem';

/**
 * Refuses reserved keys (`constructor`, `toString`, ...) before the whitelist, which lets them through, and an
 * array where the DTO is an object (class-validator would validate nothing).
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const reserved = reservedKeyErrors(value);
      if (reserved.length > 0) throw validationProblem(reserved);
    }
    if (
      metadata.type === 'body' &&
      Array.isArray(value) &&
      metadata.metatype &&
      metadata.metatype !== Array
    ) {
      throw validationProblem([{ path: '', message: 'the body must be a JSON object' }]);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Validates every DTO-typed body, query and path parameter: unknown properties are refused rather
 * than silently dropped, and values are converted to the DTO's types.
 */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(fieldErrors(errors)),
  });
}
