import type { ExpectedVersion } from './event-types';

/** Whether a stream at `actual` (0 = no events) satisfies the expectation. Mirrors the append SQL. */
export function expectedVersionHolds(expected: ExpectedVersion, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 0;
    case 'stream_exists':
      return actual > 0;
    default:
      return actual === expected;
  }
}

export function assertExpectedVersion(expected: ExpectedVersion): void {
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
    throw new RangeError(`expected version must be a non-negative integer, got ${expected}`);
  }
  if (typeof expected === 'string' && !['any', 'no_stream', 'stream_exists'].includes(expected)) {
    throw new RangeError(`unknown expected version '${expected}'`);
  }
}
