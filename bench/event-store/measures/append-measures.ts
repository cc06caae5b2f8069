import type { AppendCase } from '../bench-plan';
import type { AppendTask } from '../tasks';
import type { AppendContender } from './append-contenders';
import { countRows, expectCount, type BenchContext } from './bench-context';
import { runInterleaved, type SideResults, type TrialSide } from './trial-runner';

/**
 * One append case, every contender on the same database (our store, Emmett, the plain multi-row INSERT).
 * Each trial starts from empty tables and writes identical events for the same length of time.
 */
export async function runAppendCase(
  ctx: BenchContext,
  appendCase: AppendCase,
  contenders: readonly AppendContender[],
  label = appendCase.measure,
): Promise<SideResults> {
  const side = (contender: AppendContender): TrialSide => ({
    side: contender.label,
    prepare: async (trial) => {
      await ctx.db.reset(contender.truncateSql);
      const task: AppendTask = {
        kind: 'append',
        side: contender.side,
        databaseUrl: ctx.db.url,
        schema: contender.schema,
        batch: appendCase.batch,
        writers: appendCase.writers,
        durationMs: appendCase.durationMs,
        streamsPerWriter: ctx.plan.streamsPerWriter,
        runId: `${ctx.runTag}-${label}-${contender.label}-${trial}`,
      };
      return task;
    },
    // Every timed event plus one warm-up event per writer must be in the contender's table.
    verify: async (_trial, _task, result) =>
      expectCount(
        `${label}/${contender.label} rows`,
        await countRows(ctx, contender.table),
        result.events + appendCase.writers,
      ),
  });
  return runInterleaved(label, contenders.map(side), ctx.plan.trials, ctx.progress);
}
