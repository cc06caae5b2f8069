import type { PortfolioProduct } from '../../lib/api/analytics-client';
import { parsePortfolioSearch } from './portfolio-search';
import { portfolioCsv, toPortfolioRow, visibleRows } from './portfolio-view';

function product(code: string, name: string, extra: Partial<PortfolioProduct> = {}): PortfolioProduct {
  return {
    productId: `id-${code}`,
    code,
    name,
    kind: 'software',
    market: 'b2b',
    lineId: 'line-1',
    lineName: 'Collaboration' as never,
    ownerId: 'alice',
    stage: 'in_life' as never,
    stageSince: '2025-03-01T10:00:00Z' as never,
    status: 'active',
    openRequests: 2,
    acceptedRequests: 1,
    revenueLast12Months: [{ amount: 120000, currency: 'EUR' }],
    activeCustomers: 40 as never,
    nps: 31 as never,
    versions: [
      { version: '1.10.0', releasedAt: null, stage: null, targetDate: null },
      { version: '1.9.2', releasedAt: null, stage: null, targetDate: null },
    ],
    ...extra,
  };
}

describe('the portfolio view', () => {
  it('reads a row as a person reads it', () => {
    expect(toPortfolioRow(product('CRM', 'CRM Suite'))).toMatchObject({
      stage: 'In life',
      stageSince: '1 Mar 2025',
      latestVersion: '1.10.0',
      revenue: '€120,000',
      activeCustomers: '40',
      nps: '31',
    });
    expect(
      toPortfolioRow(product('X', 'X', { stage: null, nps: null, revenueLast12Months: [], versions: [] })),
    ).toMatchObject({
      stage: '—',
      nps: '—',
      revenue: '—',
      latestVersion: '—',
    });
  });

  it('filters by code or name and sorts by any column, either way', () => {
    const rows = [
      product('B', 'Beta', { openRequests: 5 }),
      product('A', 'Alpha', { openRequests: 1 }),
      product('C', 'Gamma', { openRequests: 3 }),
    ].map(toPortfolioRow);
    expect(visibleRows(rows, { q: 'al' }).map((row) => row.code)).toEqual(['A']);
    expect(visibleRows(rows, { sort: 'code' }).map((row) => row.code)).toEqual(['A', 'B', 'C']);
    expect(visibleRows(rows, { sort: 'openRequests', desc: true }).map((row) => row.code)).toEqual([
      'B',
      'C',
      'A',
    ]);
  });

  it('writes RFC 4180 CSV of exactly the rows given', () => {
    const csv = portfolioCsv([toPortfolioRow(product('Q', 'Quote "me", please'))]);
    const [header, line, end] = csv.split('\r\n');
    expect(header).toMatch(/^Code,Name,Line,Owner,Stage,Since,/);
    expect(line).toMatch(
      /^Q,"Quote ""me"", please",Collaboration,alice,In life,1 Mar 2025,1.10.0,2,1,"€120,000",40,31$/,
    );
    expect(end).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const csv = portfolioCsv([toPortfolioRow(product('F', '=HYPERLINK("http://evil")', { ownerId: '@admin' }))]);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain(",'@admin,");
    expect(line).not.toMatch(/,=|,@/);
  });

  it('keeps only search values it understands', () => {
    expect(
      parsePortfolioSearch({ stage: 'in_life', sort: 'nps', desc: 'true', asOf: '2025-12-31', mine: '1' }),
    ).toEqual({
      stage: 'in_life',
      sort: 'nps',
      desc: true,
      asOf: '2025-12-31',
      mine: true,
      line: undefined,
      owner: undefined,
      q: undefined,
    });
    expect(parsePortfolioSearch({ asOf: '2025-12-31T09:30:00Z' }).asOf).toBe('2025-12-31T09:30:00Z');
    expect(parsePortfolioSearch({ stage: 'nirvana', sort: 'colour', asOf: 'yesterday' })).toMatchObject({
      stage: undefined,
      sort: undefined,
      asOf: undefined,
    });
  });
});
