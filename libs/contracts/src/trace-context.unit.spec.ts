import { formatTraceparent, parseTraceparent, spanContextOfTraceparent } from './trace-context';

const valid = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('traceparent', () => {
  it('keeps a well-formed header', () => {
    expect(parseTraceparent(valid)).toBe(valid);
    expect(parseTraceparent('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00')).toBeDefined();
  });

  it('reads a later version as version 00, dropping its extra fields', () => {
    expect(parseTraceparent(`cc${valid.slice(2)}-what-comes-next`)).toBe(valid);
  });

  it.each([
    ['not a string', 42],
    ['empty', ''],
    ['garbage', 'hello'],
    ['too short ids', '00-abc-def-01'],
    ['upper case', valid.toUpperCase()],
    ['version ff', `ff${valid.slice(2)}`],
    ['version 00 with more fields', `${valid}-extra`],
    ['zero trace id', `00-${'0'.repeat(32)}-b7ad6b7169203331-01`],
    ['zero parent id', `00-0af7651916cd43dd8448eb211c80319c-${'0'.repeat(16)}-01`],
    ['a line break after it', `${valid}\n`],
    ['injected text', `${valid}; drop table events`],
    ['very long', `cc${valid.slice(2)}-${'a'.repeat(1000)}`],
  ])('ignores a malformed one: %s', (_name, value) => {
    expect(parseTraceparent(value)).toBeUndefined();
  });

  it('formats a span context, and nothing for an invalid one', () => {
    expect(
      formatTraceparent({
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b7ad6b7169203331',
        traceFlags: 1,
      }),
    ).toBe(valid);
    expect(
      formatTraceparent({ traceId: '0'.repeat(32), spanId: '0'.repeat(16), traceFlags: 0 }),
    ).toBeUndefined();
  });

  it('reads the span context a traceparent names, round-tripping through formatTraceparent', () => {
    const span = spanContextOfTraceparent(valid);
    expect(span).toEqual({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 });
    expect(formatTraceparent(span!)).toBe(valid);
    expect(spanContextOfTraceparent('garbage')).toBeUndefined();
  });
});
