import { isoDay } from '../facts/fact-period';

/**
 * "Revenue last 12 months" of a report taken at `moment`: the 12 calendar months that end with the month
 * of that moment (UTC), as a half-open date range. Calendar months keep daily and monthly facts comparable.
 */
export function revenueWindow(moment: Date): { from: string; to: string } {
  const year = moment.getUTCFullYear();
  const month = moment.getUTCMonth() + 1;
  return { from: isoDay(year, month - 11, 1), to: isoDay(year, month + 1, 1) };
}
