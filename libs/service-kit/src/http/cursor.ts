import { problem } from '../errors/problem';

/** Opaque list cursors: the sort key of the last item, base64url-encoded JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor holds, checked part by part (`parts` says what each part must look like), or a
 * 400 naming the `cursor` parameter when it was not made by `encodeCursor` for this list.
 */
export function decodeCursor(
  cursor: string,
  parts: readonly CursorPart[],
  detail = 'cursor is not a cursor returned by this list',
): string[] {
  const key = readCursor(cursor, parts);
  return key ?? badCursor(detail);
}

/** The 400 for a cursor this list did not make. */
export function badCursor(detail = 'cursor is not a cursor returned by this list'): never {
  return problem(400, 'Bad Request', detail, { errors: [{ path: 'cursor', message: detail }] });
}

function readCursor(cursor: string, parts: readonly CursorPart[]): string[] | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((part, i) => typeof part === 'string' && parts[i]!(part))
    ) {
      return key as string[];
    }
  } catch {
    // not base64url JSON: answered like any other foreign cursor
  }
  return undefined;
}

// Cursor parts are checked for their shape so a forged one is a 400, never a failed SQL cast.
export type CursorPart = (part: string) => boolean;
export const anyText: CursorPart = (part) => part.length <= 1000 && !part.includes('\u0000');
export const uuidText: CursorPart = (part) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(part);
export const positiveInteger: CursorPart = (part) => /^[1-9]\d{0,8}$/.test(part);
/** A part that must be exactly `value` (a cursor made for one sort is refused by another). */
export const literal =
  (value: string): CursorPart =>
  (part) =>
    part === value;
/** A part that must match `pattern` in full. */
export const matching =
  (pattern: RegExp): CursorPart =>
  (part) =>
    pattern.test(part);
/** An ISO 8601 instant (or date) that `Date.parse` reads. */
export const instantText: CursorPart = (part) => part.length <= 64 && !Number.isNaN(Date.parse(part));
