import type { BenchPlan } from './bench-plan';
import type { SideResults } from './measures/trial-runner';
import { memoryEntry, throughputEntry, type EventStoreBenchResults } from './results';

/** The medians of every trial, as the entries of `event-store.json`. */
export function summarise(plan: BenchPlan, trials: Record<string, SideResults>): EventStoreBenchResults {
  const results: EventStoreBenchResults = {};
  const appendRuns = plan.appendCases.map((c) => trials[c.measure]).filter(Boolean);
  for (const { measure } of plan.appendCases)
    if (trials[measure]) results[measure] = throughputEntry(trials[measure], 'emmett');
  for (const { measure } of plan.appendCases) {
    if (trials[measure])
      results[measure.replace(/^append_/, 'db_bound_')] = throughputEntry(trials[measure], 'pg');
  }
  if (trials.relay) results.relay = throughputEntry(trials.relay, 'kafkajs');
  if (trials.projection) results.projection = throughputEntry(trials.projection, 'kafkajs');
  if (trials.projection) results.projection_vs_batched = throughputEntry(trials.projection, 'kafkajs-batch');
  if (appendRuns.length > 0) results.memory_append = memoryEntry(appendRuns, 'emmett');
  if (trials.relay) results.memory_relay = memoryEntry([trials.relay], 'kafkajs');
  if (trials.projection) results.memory_projection = memoryEntry([trials.projection], 'kafkajs');
  return results;
}
