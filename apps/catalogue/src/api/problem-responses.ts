import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

/** The problem+json answers a catalogue write can give, documented once. */
export function WriteProblems(options: { notFound?: boolean; conflict?: string } = {}): MethodDecorator {
  const decorators = [
    ApiBadRequestResponse({ description: 'Invalid input: problem+json with `errors[]` field paths.' }),
    ApiUnauthorizedResponse({ description: 'No or invalid bearer token.' }),
    ApiForbiddenResponse({ description: 'Needs role product_manager or admin.' }),
    ApiUnprocessableEntityResponse({ description: 'A catalogue rule is broken: problem+json with `code`.' }),
    ApiConflictResponse({
      description: options.conflict ?? 'Stale If-Match (the resource changed since you read it).',
    }),
  ];
  if (options.notFound) decorators.push(ApiNotFoundResponse({ description: 'Unknown id.' }));
  return applyDecorators(...decorators);
}
