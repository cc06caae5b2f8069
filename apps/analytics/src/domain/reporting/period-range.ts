import { isValidFactPeriod } from '@product-ledger/contracts';
import { factPeriodOf } from '../facts/fact-period';

/**
 * `from` and `to` of a report are periods like facts have (`2026-03` or `2026-03-15`), both inclusive:
 * `from=2026-01&to=2026-03` is January to March. Returned as a half-open date range [from, to).
 */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

export function reportRange(from?: string, to?: string): DateRange {
  return {
    from: from === undefined ? undefined : factPeriodOf(from).validFrom,
    to: to === undefined ? undefined : factPeriodOf(to).validTo,
  };
}

export function isReportPeriod(value: string): boolean {
  return isValidFactPeriod(value);
}
