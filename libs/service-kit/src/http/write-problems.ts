import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

export interface WriteProblemsOptions {
  /** The roles that may call it (the 403 says so). */
  readonly roles: readonly string[];
  /** What 422 means here, e.g. 'a catalogue rule is broken'. */
  readonly rules?: string;
  /** Documents a 404 for an unknown id in the path. */
  readonly notFound?: boolean;
  /** What 409 means here; default: a stale If-Match or a reused Idempotency-Key. */
  readonly conflict?: string;
}

/** The problem+json answers of a write, documented once for every service's OpenAPI document. */
export function WriteProblems(options: WriteProblemsOptions): MethodDecorator {
  const decorators = [
    ApiBadRequestResponse({ description: 'Invalid input: problem+json with `errors[]` field paths.' }),
    ApiUnauthorizedResponse({ description: 'No or invalid bearer token.' }),
    ApiForbiddenResponse({ description: `Needs one of the roles ${options.roles.join(', ')}.` }),
    ApiUnprocessableEntityResponse({
      description: `A rule is broken (problem+json with \`code\`)${options.rules ? `: ${options.rules}` : '.'}`,
    }),
    ApiConflictResponse({
      description:
        options.conflict ??
        'Stale If-Match (the resource changed since you read it), or a reused Idempotency-Key.',
    }),
  ];
  if (options.notFound) decorators.push(ApiNotFoundResponse({ description: 'Unknown id.' }));
  return applyDecorators(...decorators);
}
