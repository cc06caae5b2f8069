import type { BenchPlan } from './bench-plan';
import { leverContenders } from './measures/append-contenders';
import type { SideResults } from './measures/trial-runner';
import { memoryEntry, throughputEntry, type EventStoreBenchResults } from './results';

/** `append_batch1_w4` -> `levers_batch1_w4`. */
export function leversMeasure(measure: string): string {
  return measure.replace(/^append_/, 'levers_');
}

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
  for (const { measure } of plan.appendCases) {
    const levers = trials[leversMeasure(measure)];
    if (!levers) continue;
    for (const { label, leverKey } of leverContenders) {
      if (leverKey)
        results[`${leversMeasure(measure)}_${leverKey}`] = throughputEntry(levers, 'emmett', label);
    }
  }
  if (trials.relay) results.memory_relay = memoryEntry([trials.relay], 'kafkajs');
  if (trials.projection) results.memory_projection = memoryEntry([trials.projection], 'kafkajs');
  return results;
}
