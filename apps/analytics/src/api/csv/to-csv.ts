/** A CSV cell: text, a number, a boolean or nothing. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV with a header line; cells with a comma, quote or line break are quoted. The one CSV writer
 * of the service: every CSV answer goes through it.
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, CsvCell>>[],
): string {
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Text is neutralised with a leading apostrophe, as OWASP advises; a number (-5) stays a number.
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
