import type { PortfolioProduct } from '../../lib/api/analytics-client';
import { formatDate, stageLabels } from '../../components/labels';
import type { PortfolioSearch, SortKey } from './portfolio-search';

/** One portfolio row as the table shows it and the CSV export writes it. */
export interface PortfolioRow {
  productId: string;
  code: string;
  name: string;
  line: string;
  owner: string;
  stage: string;
  stageSince: string;
  latestVersion: string;
  openRequests: number;
  acceptedRequests: number;
  revenue: string;
  revenueValue: number;
  activeCustomers: string;
  nps: string;
  npsValue: number | null;
}

export const portfolioColumns: { key: keyof PortfolioRow; label: string }[] = [
  { key: 'code', label: 'Code' },
  { key: 'name', label: 'Name' },
  { key: 'line', label: 'Line' },
  { key: 'owner', label: 'Owner' },
  { key: 'stage', label: 'Stage' },
  { key: 'stageSince', label: 'Since' },
  { key: 'latestVersion', label: 'Latest version' },
  { key: 'openRequests', label: 'Open requests' },
  { key: 'acceptedRequests', label: 'Accepted requests' },
  { key: 'revenue', label: 'Revenue (12 months)' },
  { key: 'activeCustomers', label: 'Active customers' },
  { key: 'nps', label: 'NPS' },
];

// The analytics document types some nullable fields loosely; these read them as what they are.
const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const asNumber = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function toPortfolioRow(product: PortfolioProduct): PortfolioRow {
  const stage = asText(product.stage);
  const latest = [...product.versions].sort((a, b) => compareVersions(b.version, a.version))[0];
  const revenue = product.revenueLast12Months;
  const customers = asNumber(product.activeCustomers);
  const nps = asNumber(product.nps);
  return {
    productId: product.productId,
    code: product.code,
    name: product.name,
    line: asText(product.lineName) ?? '—',
    owner: product.ownerId,
    stage: stage ? (stageLabels[stage] ?? stage) : '—',
    stageSince: formatDate(asText(product.stageSince)),
    latestVersion: latest ? latest.version : '—',
    openRequests: product.openRequests,
    acceptedRequests: product.acceptedRequests,
    revenue: revenue.length ? revenue.map((money) => formatMoney(money)).join(' + ') : '—',
    revenueValue: revenue.reduce(
      (sum, money) => sum + Number((money as { amount?: unknown }).amount ?? 0),
      0,
    ),
    activeCustomers: customers === null ? '—' : customers.toLocaleString('en-GB'),
    nps: nps === null ? '—' : String(nps),
    npsValue: nps,
  };
}

function formatMoney(money: unknown): string {
  const { amount, currency } = money as { amount?: unknown; currency?: unknown };
  const value = Number(amount ?? 0);
  return typeof currency === 'string'
    ? value.toLocaleString('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 })
    : String(value);
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((part) => Number(part) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The text filter and the sort, applied to the rows loaded so far. */
export function visibleRows(rows: PortfolioRow[], search: PortfolioSearch): PortfolioRow[] {
  const needle = search.q?.toLowerCase();
  const filtered = needle
    ? rows.filter((row) => row.code.toLowerCase().includes(needle) || row.name.toLowerCase().includes(needle))
    : rows;
  if (!search.sort || search.sort === 'name') return search.desc ? [...filtered].reverse() : filtered;
  const key = sortValue(search.sort);
  const sorted = [...filtered].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === y) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  });
  return search.desc ? sorted.reverse() : sorted;
}

function sortValue(sort: SortKey): (row: PortfolioRow) => string | number | null {
  switch (sort) {
    case 'revenue':
      return (row) => row.revenueValue;
    case 'nps':
      return (row) => row.npsValue;
    case 'openRequests':
      return (row) => row.openRequests;
    default:
      return (row) => row[sort] as string;
  }
}

/** RFC 4180 CSV of exactly these rows and columns, as the table shows them. */
export function portfolioCsv(rows: PortfolioRow[]): string {
  const cell = (value: string | number) => {
    // Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV Injection"), as in
    // the services' CSV answers; a number (-5) stays a number.
    const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [portfolioColumns.map((column) => cell(column.label)).join(',')];
  for (const row of rows)
    lines.push(portfolioColumns.map((column) => cell(row[column.key] as string | number)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
