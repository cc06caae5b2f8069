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

  it('neutralises text a spreadsheet would run as a formula, and keeps negative numbers numbers', () => {
    const cells = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tHYPERLINK("x")', '\r=evil', 'a=b', 'EUR -5'];
    const csv = toCsv(
      ['v'],
      cells.map((v) => ({ v })),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      `"'\tHYPERLINK(""x"")"`,
      `"'\r=evil"`,
      'a=b',
      'EUR -5',
    ]);
    expect(toCsv(['n'], [{ n: -5 }, { n: -0.25 }])).toBe('n\r\n-5\r\n-0.25\r\n');
  });
});
