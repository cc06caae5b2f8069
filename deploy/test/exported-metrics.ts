import fs from 'node:fs';
import path from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { repoPath } from './repo-files';

type MetricType = 'Counter' | 'Gauge' | 'Histogram' | 'Summary';

// `new Gauge({ name: 'x', ...` or `const name = 'x'; ... new Gauge({ name, ...`.
const DEFINITION =
  /new (Counter|Gauge|Histogram|Summary)(?:<[^>]*>)?\(\{\s*name(?::\s*'([a-z_:][a-z0-9_:]*)'|\s*,)/g;
const NAME_CONSTANT = /const name = '([a-z_:][a-z0-9_:]*)'/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The series a metric of this type shows in Prometheus. */
function seriesOf(name: string, type: MetricType): string[] {
  if (type === 'Histogram') return [`${name}_bucket`, `${name}_sum`, `${name}_count`];
  if (type === 'Summary') return [name, `${name}_sum`, `${name}_count`];
  return [name];
}

/**
 * Every series name the services serve at /metrics: the prom-client metrics defined in libs/ and apps/
 * (read from their source) and prom-client's default process metrics, which the service kit collects.
 */
export async function exportedMetricNames(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const file of [...sourceFiles(repoPath('libs')), ...sourceFiles(repoPath('apps'))]) {
    const source = fs.readFileSync(file, 'utf8');
    if (!source.includes("from 'prom-client'")) continue;
    for (const match of source.matchAll(DEFINITION)) {
      // The shorthand takes the nearest `const name` above it.
      const name = match[2] ?? [...source.slice(0, match.index).matchAll(NAME_CONSTANT)].at(-1)?.[1];
      if (!name) throw new Error(`${file}: cannot tell the name of a ${match[1]}`);
      for (const series of seriesOf(name, match[1] as MetricType)) names.add(series);
    }
  }
  const defaults = new Registry();
  collectDefaultMetrics({ register: defaults });
  for (const metric of await defaults.getMetricsAsJSON()) {
    const type = (
      { counter: 'Counter', gauge: 'Gauge', histogram: 'Histogram', summary: 'Summary' } as const
    )[String(metric.type) as 'counter'];
    for (const series of seriesOf(metric.name, type ?? 'Gauge')) names.add(series);
  }
  return names;
}

const PROMQL_WORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

/** The metric names a PromQL expression reads (not functions, keywords, labels or durations). */
export function metricsInPromql(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names: string[] = [];
  for (const match of stripped.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const word = match[0];
    const after = stripped.slice((match.index ?? 0) + word.length).trimStart();
    if (after.startsWith('(') || PROMQL_WORDS.has(word.toLowerCase())) continue;
    // Part of a number such as 1e3 or a duration left outside brackets.
    if (/[0-9.]/.test(stripped.charAt((match.index ?? 0) - 1))) continue;
    names.push(word);
  }
  return names;
}
