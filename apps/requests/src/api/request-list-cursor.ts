import { decodeCursor, literal, matching, uuidText } from '@product-ledger/service-kit';
import type { RequestListPosition, RequestListSort } from '../projections/request-list-query';

export const foreignCursor = 'cursor is not a cursor returned by this list with this sort';

/** Sort keys as PostgreSQL prints them, so a forged cursor is a 400, never a failed SQL cast. */
const sortKeyPatterns: Record<RequestListSort, RegExp> = {
  recent:
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
  demand: /^-?\d{1,20}(\.\d{1,20})?$/,
  priority: /^-?\d{1,3}(\.\d{1,2})?$/,
};

/** The position a list cursor holds: [sort, key, requestId]; a cursor made for another sort is refused. */
export function positionOf(cursor: string, sort: RequestListSort): RequestListPosition {
  const [, key, requestId] = decodeCursor(
    cursor,
    [literal(sort), matching(sortKeyPatterns[sort]), uuidText],
    foreignCursor,
  );
  return { key: key!, requestId: requestId! };
}
