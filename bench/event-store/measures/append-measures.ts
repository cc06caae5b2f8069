import { BenchSchemas } from '../bench-database';
import type { AppendCase } from '../bench-plan';
import type { AppendSide, AppendTask } from '../tasks';
import { countRows, expectCount, type BenchContext } from './bench-context';
import { runInterleaved, type SideResults, type TrialSide } from './trial-runner';

const tableOf: Record<AppendSide, string> = {
  ours: `"${BenchSchemas.append}".events`,
  emmett: 'emt_messages',
  pg: `"${BenchSchemas.pgBound}".events`,
};

const schemaOf: Record<AppendSide, string> = {
  ours: BenchSchemas.append,
  emmett: 'public',
  pg: BenchSchemas.pgBound,
};

/**
 * One append case, three sides on the same database: our store, Emmett, and the plain multi-row INSERT.
 * Each trial starts from empty tables and writes identical events for the same length of time.
 */
export async function runAppendCase(ctx: BenchContext, appendCase: AppendCase): Promise<SideResults> {
  const side = (name: AppendSide): TrialSide => ({
    side: name,
    prepare: async (trial) => {
      await ctx.db.resetAppendSide(name);
      const task: AppendTask = {
        kind: 'append',
        side: name,
        databaseUrl: ctx.db.url,
        schema: schemaOf[name],
        batch: appendCase.batch,
        writers: appendCase.writers,
        durationMs: appendCase.durationMs,
        streamsPerWriter: ctx.plan.streamsPerWriter,
        runId: `${ctx.runTag}-${appendCase.measure}-${name}-${trial}`,
      };
      return task;
    },
    // Every timed event plus one warm-up event per writer must be in the side's table.
    verify: async (_trial, _task, result) =>
      expectCount(
        `${appendCase.measure}/${name} rows`,
        await countRows(ctx, tableOf[name]),
        result.events + appendCase.writers,
      ),
  });
  return runInterleaved(
    appendCase.measure,
    [side('ours'), side('emmett'), side('pg')],
    ctx.plan.trials,
    ctx.progress,
  );
}
