import { FieldError, ProblemException } from '../errors/problem';

/** 400 with every offending field, as the global validation pipe and `@UuidParam` report it. */
export function validationProblem(errors: FieldError[]): ProblemException {
  return new ProblemException({
    type: 'urn:product-ledger:problem:validation',
    title: 'Bad Request',
    status: 400,
    detail: `The request is not valid: ${errors.map((error) => error.path || '(input)').join(', ')}`,
    errors,
  });
}
