/** A product row of the portfolio report, as far as grouping needs it. */
export interface PortfolioProductFigures {
  readonly stage: string | null;
  readonly lineId: string | null;
  readonly lineName: string | null;
  readonly ownerId: string | null;
  readonly openRequests: number;
  readonly acceptedRequests: number;
  readonly revenueLast12Months: readonly MoneyAmount[];
  readonly activeCustomers: number | null;
  readonly nps: number | null;
}

export interface MoneyAmount {
  readonly currency: string;
  readonly amount: number;
}

export type PortfolioGrouping = 'stage' | 'line' | 'owner';

export interface PortfolioGroup {
  readonly groupBy: PortfolioGrouping;
  /** The stage, line id or owner id; null for products without one (e.g. no lifecycle yet). */
  readonly key: string | null;
  /** The line's name when grouped by line. */
  readonly label: string | null;
  readonly products: number;
  readonly openRequests: number;
  readonly acceptedRequests: number;
  readonly revenueLast12Months: MoneyAmount[];
  /** Sum of the products' latest active customers (products without the metric are left out). */
  readonly activeCustomers: number | null;
  /** Average of the products' latest NPS (products without one are left out). */
  readonly nps: number | null;
}

/** Senior management's view: the portfolio's products added up per stage, line or owner. */
export function groupPortfolio(
  rows: readonly PortfolioProductFigures[],
  groupBy: PortfolioGrouping,
): PortfolioGroup[] {
  const groups = new Map<string | null, PortfolioProductFigures[]>();
  for (const row of rows) {
    const key = groupBy === 'stage' ? row.stage : groupBy === 'line' ? row.lineId : row.ownerId;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([key, members]) => {
      const customers = members.map((m) => m.activeCustomers).filter((v): v is number => v !== null);
      const scores = members.map((m) => m.nps).filter((v): v is number => v !== null);
      return {
        groupBy,
        key,
        label: groupBy === 'line' ? (members[0]!.lineName ?? null) : key,
        products: members.length,
        openRequests: sum(members.map((m) => m.openRequests)),
        acceptedRequests: sum(members.map((m) => m.acceptedRequests)),
        revenueLast12Months: addMoney(members.flatMap((m) => m.revenueLast12Months)),
        activeCustomers: customers.length === 0 ? null : sum(customers),
        nps: scores.length === 0 ? null : sum(scores) / scores.length,
      };
    })
    .sort(byGroupKey);
}

/** Groups in the order of their keys; the group without a key (e.g. no stage yet) last. */
export function byGroupKey(a: Pick<PortfolioGroup, 'key'>, b: Pick<PortfolioGroup, 'key'>): number {
  return String(a.key ?? '\uffff').localeCompare(String(b.key ?? '\uffff'));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function addMoney(amounts: readonly MoneyAmount[]): MoneyAmount[] {
  const byCurrency = new Map<string, number>();
  for (const { currency, amount } of amounts)
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + amount);
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ currency, amount }));
}
