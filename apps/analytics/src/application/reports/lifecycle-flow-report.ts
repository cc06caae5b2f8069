import type { Pool } from 'pg';
import { reportRange } from '../../domain/reporting/period-range';
import { lifecycleStages } from '@product-ledger/contracts';

export interface DurationFigures {
  readonly count: number;
  readonly averageDays: number | null;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
}

export interface StageTime extends DurationFigures {
  readonly stage: string;
  /** Lifecycles in the stage now (not limited by from/to). */
  readonly inStageNow: number;
}

export interface GateFigures {
  /** The gate is the transition into this stage. */
  readonly gate: string;
  readonly decisions: number;
  readonly go: number;
  readonly kill: number;
  readonly hold: number;
  readonly recycle: number;
  readonly passRate: number | null;
  readonly killRate: number | null;
  /** From opening the review to the decision. */
  readonly averageReviewDays: number | null;
}

export interface LifecycleFlowReport {
  readonly from: string | null;
  readonly to: string | null;
  /** Stage intervals that ended in [from, to): how long lifecycles stayed in each stage. */
  readonly timeInStage: StageTime[];
  /** Gate decisions recorded in [from, to), per gate. */
  readonly gates: GateFigures[];
  /** Lifecycles that reached in_life in [from, to) having started at innovation: time from innovation to in_life. */
  readonly cycleTime: DurationFigures;
}

/** Stages in the lifecycle's order, as the contract lists them. */
const stageOrder: readonly string[] = lifecycleStages;

/** Lifecycle flow over product and version lifecycles alike. Periods as in facts, inclusive (`from=2026-01&to=2026-03`). */
export async function lifecycleFlowReport(
  pool: Pool,
  query: { from?: string; to?: string },
): Promise<LifecycleFlowReport> {
  const range = reportRange(query.from, query.to);
  const params = [range.from ?? null, range.to ?? null];
  const within = (column: string) =>
    `($1::date IS NULL OR ${column} >= ($1::date::timestamp AT TIME ZONE 'UTC')) AND ($2::date IS NULL OR ${column} < ($2::date::timestamp AT TIME ZONE 'UTC'))`;
  const days = (expression: string) => `extract(epoch FROM (${expression})) / 86400.0`;
  const durations = (expression: string) => `
    count(*)::int AS count,
    avg(${days(expression)})::float8 AS average_days,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days(expression)})::float8 AS median_days,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days(expression)})::float8 AS p90_days`;

  const [stages, now, gates, cycle] = await Promise.all([
    pool.query<{
      stage: string;
      count: number;
      average_days: number | null;
      median_days: number | null;
      p90_days: number | null;
    }>(
      `SELECT stage, ${durations('left_at - entered_at')} FROM flow_stage_intervals
        WHERE left_at IS NOT NULL AND ${within('left_at')} GROUP BY stage`,
      params,
    ),
    pool.query<{ stage: string; in_stage: number }>(
      `SELECT stage, count(*)::int AS in_stage FROM flow_stage_intervals WHERE left_at IS NULL GROUP BY stage`,
    ),
    pool.query<{
      gate: string;
      decisions: number;
      go: number;
      kill: number;
      hold: number;
      recycle: number;
      average_review_days: number | null;
    }>(
      `SELECT to_stage AS gate, count(*)::int AS decisions,
              count(*) FILTER (WHERE decision = 'go')::int AS go, count(*) FILTER (WHERE decision = 'kill')::int AS kill,
              count(*) FILTER (WHERE decision = 'hold')::int AS hold, count(*) FILTER (WHERE decision = 'recycle')::int AS recycle,
              avg(${days('decided_at - opened_at')})::float8 AS average_review_days
         FROM flow_gate_reviews WHERE decision IS NOT NULL AND ${within('decided_at')} GROUP BY to_stage`,
      params,
    ),
    pool.query<{
      count: number;
      average_days: number | null;
      median_days: number | null;
      p90_days: number | null;
    }>(
      `SELECT ${durations('in_life_at - innovation_at')} FROM flow_lifecycles
        WHERE in_life_at IS NOT NULL AND innovation_at IS NOT NULL AND innovation_at <= in_life_at AND ${within('in_life_at')}`,
      params,
    ),
  ]);

  const inStage = new Map(now.rows.map((row) => [row.stage, row.in_stage]));
  const timed = new Map(stages.rows.map((row) => [row.stage, row]));
  const timeInStage = stageOrder
    .filter((stage) => timed.has(stage) || inStage.has(stage))
    .map((stage) => ({ stage, ...durationsOf(timed.get(stage)), inStageNow: inStage.get(stage) ?? 0 }));
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    timeInStage,
    gates: gates.rows
      .sort((a, b) => stageOrder.indexOf(a.gate) - stageOrder.indexOf(b.gate))
      .map((row) => ({
        gate: row.gate,
        decisions: row.decisions,
        go: row.go,
        kill: row.kill,
        hold: row.hold,
        recycle: row.recycle,
        passRate: row.decisions === 0 ? null : row.go / row.decisions,
        killRate: row.decisions === 0 ? null : row.kill / row.decisions,
        averageReviewDays: row.average_review_days,
      })),
    cycleTime: durationsOf(cycle.rows[0]),
  };
}

function durationsOf(
  row:
    | { count: number; average_days: number | null; median_days: number | null; p90_days: number | null }
    | undefined,
): DurationFigures {
  return {
    count: row?.count ?? 0,
    averageDays: row?.average_days ?? null,
    medianDays: row?.median_days ?? null,
    p90Days: row?.p90_days ?? null,
  };
}
