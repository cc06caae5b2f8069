/**
 * CSV cells are text; the fact contract is typed. This turns one CSV record (header name -> cell) into the
 * candidate object the contract checks: empty cells are absent, `value` becomes a number only when the whole
 * cell is a plain decimal number (so `12abc` or `1,5` is reported instead of silently read as 12 or NaN).
 */
export const factCsvColumns = [
  'productId',
  'version',
  'metric',
  'period',
  'value',
  'unit',
  'source',
  'externalId',
] as const;

const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Header cell -> the contract's field name: `productId`, `product_id` and `Product ID` all mean productId. */
export function factFieldOfHeader(header: string): string | undefined {
  const wanted = header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  return factCsvColumns.find((column) => column.toLowerCase() === wanted);
}

export function factCandidateOfCsvRecord(record: Readonly<Record<string, string>>): Record<string, unknown> {
  const candidate: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(record)) {
    const cell = raw.trim();
    if (cell === '') continue;
    candidate[field] = field === 'value' ? numberOfCell(cell) : cell;
  }
  return candidate;
}

function numberOfCell(cell: string): number | string {
  return decimalPattern.test(cell) ? Number(cell) : cell;
}
