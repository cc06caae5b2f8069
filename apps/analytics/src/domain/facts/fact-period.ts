import { factPeriodPattern } from '@product-ledger/contracts';

export type Granularity = 'day' | 'month';

/**
 * The valid time of a fact: the day or calendar month it is about, as a half-open date range
 * [validFrom, validTo) so days and months compare without end-of-day arithmetic.
 */
export interface FactPeriod {
  readonly granularity: Granularity;
  /** First day of the period, YYYY-MM-DD. */
  readonly validFrom: string;
  /** First day after the period, YYYY-MM-DD. */
  readonly validTo: string;
}

/** Reads a period the contract already accepted (`2026-03-15` or `2026-03`). */
export function factPeriodOf(period: string): FactPeriod {
  const match = factPeriodPattern.exec(period);
  if (!match) throw new RangeError(`not a fact period: ${period}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (match[3] === undefined) {
    return { granularity: 'month', validFrom: isoDay(year, month, 1), validTo: isoDay(year, month + 1, 1) };
  }
  const day = Number(match[3]);
  return { granularity: 'day', validFrom: isoDay(year, month, day), validTo: isoDay(year, month, day + 1) };
}

/** YYYY-MM-DD of a calendar date; out-of-range parts roll over (month 13 is January of the next year). */
export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
