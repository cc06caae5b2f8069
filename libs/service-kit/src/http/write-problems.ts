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
  /** The write changes a product: a product_manager must be one of its stewards (the ownership rule). */
  readonly owned?: boolean;
  /** Extra reasons for a 403 on this route (e.g. a gatekeeper deciding the gate of their own product). */
  readonly forbidden?: string;
}

const ownershipRule =
  " A product_manager must be the product's owner, one of its product_management stakeholders or its line's " +
  'owner (`urn:product-ledger:problem:not-product-owner`); `admin` may change anything.';

/** The problem+json answers of a write, documented once for every service's OpenAPI document. */
export function WriteProblems(options: WriteProblemsOptions): MethodDecorator {
  const decorators = [
    ApiBadRequestResponse({ description: 'Invalid input: problem+json with `errors[]` field paths.' }),
    ApiUnauthorizedResponse({ description: 'No or invalid bearer token.' }),
    ApiForbiddenResponse({
      description:
        `Needs one of the roles ${options.roles.join(', ')}.` +
        (options.owned ? ownershipRule : '') +
        (options.forbidden ? ` ${options.forbidden}` : ''),
    }),
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
