import { ProblemException } from '@product-ledger/service-kit';
import { parseIfMatch } from './if-match';

describe('parseIfMatch', () => {
  it('reads the version of a strong entity tag', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch(' "0" ')).toBe(0);
    expect(parseIfMatch('"12345"')).toBe(12345);
  });

  it('reads * as "the stream exists" and a missing header as no precondition', () => {
    expect(parseIfMatch('*')).toBe('stream_exists');
    expect(parseIfMatch(undefined)).toBeUndefined();
  });

  it.each(['3', 'W/"3"', '"3", "4"', '"-1"', '"03"', '"abc"', '""', '"1.5"', '', '"99999999999999999"'])(
    'answers %j with a 400 problem that names the header',
    (header) => {
      let thrown: unknown;
      try {
        parseIfMatch(header);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ProblemException);
      expect((thrown as ProblemException).problem).toMatchObject({
        status: 400,
        errors: [{ path: 'headers.if-match' }],
      });
    },
  );
});
