import { median, ratioOf } from './stats';
import type { SideResults } from './measures/trial-runner';

/** One line of `bench/results/event-store.json`. */
export interface MeasureEntry {
  readonly ours: number;
  readonly baseline: number;
  /** ours / baseline. Higher is better for events/s; lower is better for MB. */
  readonly ratio: number;
  readonly unit: string;
}

export type EventStoreBenchResults = Record<string, MeasureEntry>;

/** Median events/s of each side. */
export function throughputEntry(results: SideResults, baselineSide: string, oursSide = 'ours'): MeasureEntry {
  const ours = Math.round(median(results[oursSide].map((r) => r.eventsPerSecond)));
  const baseline = Math.round(median(results[baselineSide].map((r) => r.eventsPerSecond)));
  return { ours, baseline, ratio: ratioOf(ours, baseline), unit: 'events/s' };
}

/** Highest peak RSS of each side over the given measures' trials (each trial is its own process). */
export function memoryEntry(runs: readonly SideResults[], baselineSide: string): MeasureEntry {
  const peak = (side: string): number => Math.max(...runs.flatMap((run) => run[side].map((r) => r.maxRssMb)));
  const ours = Math.round(peak('ours'));
  const baseline = Math.round(peak(baselineSide));
  return { ours, baseline, ratio: ratioOf(ours, baseline), unit: 'MB' };
}
