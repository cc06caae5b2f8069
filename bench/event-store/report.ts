import type { EventStoreBenchResults } from './results';

/** Targets: ours / baseline must reach at least this. */
export const targets: Record<string, { min: number; against: string }> = {
  append: { min: 1.5, against: 'Emmett' },
  relay: { min: 0.5, against: 'raw kafkajs producer' },
  projection: { min: 0.5, against: 'raw kafkajs consumer' },
};

export const baselineNames: Record<string, string> = {
  append: '@event-driven-io/emmett-postgresql 0.42',
  db_bound: 'pg multi-row INSERT, plain table',
  relay: 'kafkajs producer (idempotent, acks -1)',
  projection: 'kafkajs consumer (eachMessage, auto-commit)',
  projection_vs_batched: 'kafkajs eachBatch, one transaction a batch',
  memory_append: 'Emmett (peak RSS)',
  memory_relay: 'kafkajs producer (peak RSS)',
  memory_projection: 'kafkajs consumer (peak RSS)',
};

function family(measure: string): string {
  if (measure.startsWith('append_')) return 'append';
  if (measure.startsWith('db_bound_')) return 'db_bound';
  return measure;
}

function verdict(measure: string, ratio: number): string {
  const target = targets[family(measure)];
  if (!target) return '';
  return ratio >= target.min ? `meets >= ${target.min}x` : `MISSES >= ${target.min}x`;
}

/** The results as a fixed-width table. */
export function formatTable(results: EventStoreBenchResults): string {
  const header = ['measure', 'ours', 'baseline', 'ratio', 'unit', 'baseline is', 'target'];
  const rows = Object.entries(results).map(([measure, entry]) => [
    measure,
    entry.ours.toLocaleString('en-US'),
    entry.baseline.toLocaleString('en-US'),
    `${entry.ratio.toFixed(2)}x`,
    entry.unit,
    baselineNames[family(measure)] ?? '',
    verdict(measure, entry.ratio),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]): string =>
    row
      .map((cell, column) =>
        column >= 1 && column <= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
