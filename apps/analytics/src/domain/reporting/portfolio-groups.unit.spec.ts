import { groupPortfolio, type PortfolioProductFigures } from './portfolio-groups';

const row = (overrides: Partial<PortfolioProductFigures>): PortfolioProductFigures => ({
  stage: 'in_life',
  lineId: 'line-a',
  lineName: 'Line A',
  ownerId: 'alice',
  openRequests: 0,
  acceptedRequests: 0,
  revenueLast12Months: [],
  activeCustomers: null,
  nps: null,
  ...overrides,
});

describe('groupPortfolio', () => {
  it('adds products up per stage: counts, requests, revenue per currency, customers; averages NPS', () => {
    const groups = groupPortfolio(
      [
        row({
          openRequests: 2,
          revenueLast12Months: [{ currency: 'EUR', amount: 100 }],
          activeCustomers: 10,
          nps: 40,
        }),
        row({
          acceptedRequests: 1,
          revenueLast12Months: [
            { currency: 'EUR', amount: 50 },
            { currency: 'USD', amount: 7 },
          ],
          nps: 20,
        }),
        row({ stage: 'development' }),
      ],
      'stage',
    );
    expect(groups).toEqual([
      {
        groupBy: 'stage',
        key: 'development',
        label: 'development',
        products: 1,
        openRequests: 0,
        acceptedRequests: 0,
        revenueLast12Months: [],
        activeCustomers: null,
        nps: null,
      },
      {
        groupBy: 'stage',
        key: 'in_life',
        label: 'in_life',
        products: 2,
        openRequests: 2,
        acceptedRequests: 1,
        revenueLast12Months: [
          { currency: 'EUR', amount: 150 },
          { currency: 'USD', amount: 7 },
        ],
        activeCustomers: 10,
        nps: 30,
      },
    ]);
  });

  it('labels line groups with the line name and puts products without a key last', () => {
    const groups = groupPortfolio([row({ lineId: null, lineName: null }), row({})], 'line');
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['line-a', 'Line A'],
      [null, null],
    ]);
  });
});
