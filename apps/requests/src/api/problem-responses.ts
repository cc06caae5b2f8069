import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

/** The problem+json answers a request write can give, documented once. */
export function WriteProblems(options: { roles: readonly string[]; rules: string; notFound?: boolean }): MethodDecorator {
  const decorators = [
    ApiBadRequestResponse({ description: 'Invalid input: problem+json with `errors[]` field paths.' }),
    ApiUnauthorizedResponse({ description: 'No or invalid bearer token.' }),
    ApiForbiddenResponse({ description: `Needs one of the roles ${options.roles.join(', ')}.` }),
    ApiUnprocessableEntityResponse({ description: `A rule is broken (problem+json with \`code\`): ${options.rules}` }),
    ApiConflictResponse({ description: 'Stale If-Match (the request changed since you read it), or a reused Idempotency-Key.' }),
  ];
  if (options.notFound !== false) decorators.push(ApiNotFoundResponse({ description: 'Unknown request id.' }));
  return applyDecorators(...decorators);
}
