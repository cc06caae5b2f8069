/**
 * `asOf` of a report: a date means "at the end of that day" (UTC), an ISO date-time means that instant.
 * Reports return what the system knew and what was true at that moment; the instant returned is the first
 * one *after* the moment, so every query compares with `<` (a half-open interval, no 23:59:59.999).
 */
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function asOfBoundary(asOf: string): Date {
  if (datePattern.test(asOf)) {
    const start = new Date(`${asOf}T00:00:00Z`);
    if (Number.isNaN(start.getTime()) || !start.toISOString().startsWith(asOf))
      throw new RangeError(`not a date: ${asOf}`);
    return new Date(start.getTime() + 24 * 60 * 60 * 1000);
  }
  const instant = new Date(asOf);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date or date-time: ${asOf}`);
  return new Date(instant.getTime() + 1);
}

export function isAsOf(value: string): boolean {
  try {
    asOfBoundary(value);
    return datePattern.test(value) || /^\d{4}-\d{2}-\d{2}T/.test(value);
  } catch {
    return false;
  }
}
