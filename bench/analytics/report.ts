import type { AnalyticsMeasureEntry } from './bench-context';

/** What each measure's baseline is, for the printed table. */
function baselineOf(measure: string): string {
  if (measure.startsWith('ingest_')) return 'COPY of the same rows, plain table';
  if (measure === 'freshness_event_rate') return 'the requested steady rate';
  return 'the target (ratio = target / ours)';
}

function verdict(measure: string, entry: AnalyticsMeasureEntry): string {
  if (measure.startsWith('ingest_')) return '';
  if (measure.endsWith('_p50')) return '';
  return entry.ratio >= 1 ? 'met' : 'MISSED';
}

/** The results as a fixed-width table. */
export function formatAnalyticsTable(results: Record<string, AnalyticsMeasureEntry>): string {
  const header = ['measure', 'ours', 'baseline', 'ratio', 'unit', 'baseline is', ''];
  const rows = Object.entries(results).map(([measure, entry]) => [
    measure,
    entry.ours.toLocaleString('en-US'),
    entry.baseline.toLocaleString('en-US'),
    `${entry.ratio.toFixed(2)}x`,
    entry.unit,
    baselineOf(measure),
    verdict(measure, entry),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column >= 1 && column <= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
