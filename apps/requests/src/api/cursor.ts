import { problem } from '@product-ledger/service-kit';
import type { RequestListPosition, RequestListSort } from '../projections/request-list-query';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sortKeyPatterns: Record<RequestListSort, RegExp> = {
  recent: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
  demand: /^-?\d{1,20}(\.\d{1,20})?$/,
  priority: /^-?\d{1,3}(\.\d{1,2})?$/,
};

/** Opaque list cursors: the sort, the sort key of the last item and its id, base64url-encoded JSON. */
export function encodeCursor(sort: RequestListSort, position: RequestListPosition): string {
  return Buffer.from(JSON.stringify([sort, position.key, position.requestId]), 'utf8').toString('base64url');
}

/** The position a cursor holds, or a 400 naming `cursor` when this list (with this sort) did not make it. */
export function decodeCursor(cursor: string, sort: RequestListSort): RequestListPosition {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === 3 &&
      parts[0] === sort &&
      typeof parts[1] === 'string' &&
      sortKeyPatterns[sort].test(parts[1]) &&
      typeof parts[2] === 'string' &&
      uuid.test(parts[2])
    ) {
      return { key: parts[1], requestId: parts[2] };
    }
  } catch {
    // not base64url JSON: answered below like any other foreign cursor
  }
  return badCursor();
}

export function badCursor(): never {
  return problem(400, 'Bad Request', 'cursor is not a cursor returned by this list with this sort', {
    errors: [{ path: 'cursor', message: 'cursor is not a cursor returned by this list with this sort' }],
  });
}
