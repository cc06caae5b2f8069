import { assertExpectedVersion, expectedVersionHolds } from './expected-version';

describe('expected version rules', () => {
  it.each([
    ['any', 0, true],
    ['any', 7, true],
    ['no_stream', 0, true],
    ['no_stream', 1, false],
    ['stream_exists', 0, false],
    ['stream_exists', 3, true],
    [0, 0, true],
    [0, 1, false],
    [3, 3, true],
    [3, 4, false],
    [4, 3, false],
  ] as const)('%s against a stream at %s holds: %s', (expected, actual, holds) => {
    expect(expectedVersionHolds(expected, actual)).toBe(holds);
  });

  it('rejects versions that cannot be a stream version', () => {
    expect(() => assertExpectedVersion(-1)).toThrow(RangeError);
    expect(() => assertExpectedVersion(1.5)).toThrow(RangeError);
    expect(() => assertExpectedVersion('latest' as never)).toThrow(RangeError);
    expect(() => assertExpectedVersion(0)).not.toThrow();
    expect(() => assertExpectedVersion('stream_exists')).not.toThrow();
  });
});
