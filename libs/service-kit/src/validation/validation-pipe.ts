import { ValidationPipe } from '@nestjs/common';
import { fieldErrors } from './field-errors';
import { validationProblem } from './validation-problem';

/**
 * Validates every DTO-typed body, query and path parameter: unknown properties are refused rather
 * than silently dropped, and values are converted to the DTO's types.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(fieldErrors(errors)),
  });
}
