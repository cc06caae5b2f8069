import type { MeasureEntry } from '../event-store/results';
import type { AnalyticsBenchPlan } from './analytics-plan';
import type { AnalyticsBenchEnvironment } from './analytics-environment';
import type { ServiceProcess } from './service-process';

/** What every analytics measure gets from the orchestrator. */
export interface AnalyticsBenchContext {
  readonly plan: AnalyticsBenchPlan;
  readonly env: AnalyticsBenchEnvironment;
  readonly analytics: ServiceProcess;
  /** Progress lines (stdout). */
  log(line: string): void;
}

/** One line of bench/results/analytics.json (the same shape as event-store.json). */
export type AnalyticsMeasureEntry = MeasureEntry;

/** What a measure adds to the results, plus its raw figures for analytics.details.json. */
export interface MeasureOutput {
  readonly results: Record<string, AnalyticsMeasureEntry>;
  readonly details: Record<string, unknown>;
}
