import { problem } from '@product-ledger/service-kit';
import type { LifecyclePosition } from '../projections/lifecycle-queries';

/** Opaque list cursors: the sort key of the last item, base64url-encoded JSON. */
export function encodeCursor(position: LifecyclePosition): string {
  return Buffer.from(JSON.stringify([position.startedAt, position.lifecycleId]), 'utf8').toString(
    'base64url',
  );
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a cursor holds, or a 400 naming `cursor` when this list did not make it. */
export function decodeCursor(cursor: string): LifecyclePosition {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      typeof key[0] === 'string' &&
      !Number.isNaN(Date.parse(key[0])) &&
      typeof key[1] === 'string' &&
      uuid.test(key[1])
    ) {
      return { startedAt: key[0], lifecycleId: key[1] };
    }
  } catch {
    // not base64url JSON: answered below like any other foreign cursor
  }
  return problem(400, 'Bad Request', 'cursor is not a cursor returned by this list', {
    errors: [{ path: 'cursor', message: 'cursor is not a cursor returned by this list' }],
  });
}
