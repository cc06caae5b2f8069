import { randomUUID } from 'node:crypto';

/** One in-life fact as integrations report it (the `POST /facts` and Kafka shape). */
export interface BenchFact {
  readonly productId: string;
  readonly metric: string;
  readonly period: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly externalId: string;
}

/** A realistic mix: money, counts, a stock and a score; months and days. */
const METRICS: readonly { metric: string; unit: string; value: (i: number) => number; daily: boolean }[] = [
  { metric: 'revenue', unit: 'EUR', value: (i) => 1_000 + ((i * 7919) % 90_000) + 0.25, daily: false },
  { metric: 'units_sold', unit: 'units', value: (i) => (i * 31) % 500, daily: false },
  { metric: 'active_customers', unit: 'customers', value: (i) => 50 + ((i * 13) % 950), daily: false },
  { metric: 'nps', unit: 'score', value: (i) => ((i * 17) % 140) - 40, daily: false },
  { metric: 'support_tickets', unit: 'tickets', value: (i) => (i * 3) % 40, daily: true },
  { metric: 'churned_customers', unit: 'customers', value: (i) => (i * 5) % 20, daily: false },
  { metric: 'revenue', unit: 'EUR', value: (i) => 100 + ((i * 104729) % 5_000), daily: true },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Random product ids the ingested facts are about (analytics takes facts for any product id). */
export function benchProductIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID());
}

/**
 * `count` distinct facts (new identities under `source`) spread over the products, the metrics above and
 * the 24 months before `now` (daily metrics on a day of the month): every fact lands in its own bucket
 * more often than not, as a billing or CRM export would.
 */
export function benchFacts(
  count: number,
  productIds: readonly string[],
  source: string,
  now: Date,
): BenchFact[] {
  const facts: BenchFact[] = [];
  for (let i = 0; i < count; i++) {
    const kind = METRICS[i % METRICS.length];
    const back = Math.floor(i / (METRICS.length * productIds.length)) % 24;
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
    facts.push({
      productId: productIds[i % productIds.length],
      metric: kind.metric,
      period: kind.daily ? `${month}-${pad(1 + (i % 28))}` : month,
      value: kind.value(i),
      unit: kind.unit,
      source,
      externalId: `${source}-${i}`,
    });
  }
  return facts;
}

export const CSV_HEADER = 'productId,version,metric,period,value,unit,source,externalId';

/** The facts as a `text/csv` body (version left empty: facts about the product as a whole). */
export function factsCsv(facts: readonly BenchFact[]): string {
  const lines = [CSV_HEADER];
  for (const f of facts)
    lines.push(`${f.productId},,${f.metric},${f.period},${f.value},${f.unit},${f.source},${f.externalId}`);
  return `${lines.join('\n')}\n`;
}

export function factsJson(facts: readonly BenchFact[]): string {
  return JSON.stringify(facts);
}
