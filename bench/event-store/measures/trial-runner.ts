import { runInWorker } from '../run-in-worker';
import type { BenchTask, TrialResult } from '../tasks';
import type { Progress } from '../progress';

export interface TrialSide {
  /** 'ours', 'emmett', 'pg', 'kafkajs'. */
  readonly side: string;
  /** Untimed preparation in the orchestrator (reset tables, create a topic), then the task to time. */
  prepare(trial: number): Promise<BenchTask>;
  /** Untimed check that the trial did what it claims (rows written, messages on the topic). */
  verify?(trial: number, task: BenchTask, result: TrialResult): Promise<void>;
}

export type SideResults = Record<string, TrialResult[]>;

/**
 * Runs `trials` rounds; each round runs every side once, in an order rotated per round (A B C, B C A, ...)
 * so no side always runs first or right after the same neighbour on a noisy machine.
 */
export async function runInterleaved(
  measure: string,
  sides: readonly TrialSide[],
  trials: number,
  progress: Progress,
): Promise<SideResults> {
  const results: SideResults = Object.fromEntries(sides.map((side) => [side.side, [] as TrialResult[]]));
  for (let trial = 0; trial < trials; trial++) {
    for (let i = 0; i < sides.length; i++) {
      const side = sides[(i + trial) % sides.length];
      const task = await side.prepare(trial);
      const result = await runInWorker(task);
      await side.verify?.(trial, task, result);
      results[side.side].push(result);
      progress.trial(measure, side.side, trial, trials, result);
    }
  }
  return results;
}
