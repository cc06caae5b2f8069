import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { problem } from '@product-ledger/service-kit';

/** What `If-Match` asks for: a stream version, or `*` = "the resource exists". */
export type IfMatchVersion = number | 'stream_exists';

const ENTITY_TAG = /^"(0|[1-9]\d{0,15})"$/;

/**
 * Parses `If-Match: "<stream version>"` (the ETags this API hands out) or `*`. A missing header is
 * undefined; anything else (a list, a weak tag, a bare number) is a 400 problem, never silently ignored:
 * a client that sent a precondition expects it to be checked.
 */
export function parseIfMatch(header: string | string[] | undefined): IfMatchVersion | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(', ') : header).trim();
  if (value === '*') return 'stream_exists';
  const match = ENTITY_TAG.exec(value);
  const version = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(version)) {
    problem(
      400,
      'Bad Request',
      'If-Match must be one entity tag as returned in ETag, e.g. "3" (with the quotes), or *.',
      {
        errors: [{ path: 'headers.if-match', message: 'expected "<version>" or *' }],
      },
    );
  }
  return version;
}

/**
 * `@IfMatch() expectedVersion?: IfMatchVersion` — the `If-Match` header as the version to pass on as the
 * command's `expectedVersion`. Also documents the header in OpenAPI.
 */
export const IfMatch = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IfMatchVersion | undefined =>
    parseIfMatch(
      context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[
        'if-match'
      ],
    ),
  [
    (target, key) => {
      if (key === undefined) return;
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (!descriptor) return;
      ApiHeader({
        name: 'If-Match',
        required: false,
        description: 'The ETag of the version you saw, e.g. "3"; a stale one gets 409.',
      })(target, key, descriptor);
    },
  ],
);
