import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes a header and one line per row, quoting what needs it and leaving nulls empty', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          { a: 'x,y', b: 2, c: null },
          { a: 'say "hi"', b: true },
        ],
      ),
    ).toBe('a,b,c\r\n"x,y",2,\r\n"say ""hi""",true,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });
});
