import { Param, ParseUUIDPipe } from '@nestjs/common';
import { validationProblem } from './validation-problem';

/** A path parameter that must be a UUID: `@UuidParam('id') id: string`; else 400 naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => validationProblem([{ path: name, message: `${name} must be a UUID` }]),
    }),
  );
}
