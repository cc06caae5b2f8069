import { BenchSchemas } from '../bench-database';
import { produceBenchMessages } from '../bench-topics';
import type { ProjectionSide, ProjectionTask } from '../tasks';
import { readModelTableSql } from '../workloads/read-model';
import { expectCount, type BenchContext } from './bench-context';
import { runInterleaved, type SideResults, type TrialSide } from './trial-runner';

/**
 * Fills one topic once (untimed), then per trial each side reads all of it with a fresh consumer group into
 * a fresh read-model table; afterwards the table must account for every event. Sides: ours, the plain
 * per-message consumer the target names, and a per-batch-transaction consumer for reference.
 */
export async function runProjectionMeasure(ctx: BenchContext): Promise<SideResults> {
  const topic = `${ctx.runTag}.projection`;
  const { projectionEvents, streams, partitions } = ctx.plan;
  await ctx.topics.create(topic, partitions);
  ctx.progress.note(`projection: producing ${projectionEvents} input messages (untimed) ...`);
  await produceBenchMessages(ctx.kafka, topic, projectionEvents, streams);

  const side = (name: ProjectionSide): TrialSide => ({
    side: name,
    prepare: async (trial) => {
      const table = `read_model_${name.replace('-', '_')}_${trial}`;
      const groupId = `${ctx.runTag}.projection.${name}.${trial}`;
      await ctx.db.pool.query(readModelTableSql(BenchSchemas.projection, table));
      ctx.topics.trackGroup(groupId);
      if (name === 'ours') ctx.topics.track(`${groupId}.dlq`);
      const task: ProjectionTask = {
        kind: 'projection',
        side: name,
        databaseUrl: ctx.db.url,
        schema: BenchSchemas.projection,
        table,
        brokers: ctx.settings.brokers,
        topic,
        groupId,
        events: projectionEvents,
      };
      return task;
    },
    verify: async (_trial, task) => {
      const { table } = task as ProjectionTask;
      const result = await ctx.db.pool.query<{ total: string }>(
        `SELECT coalesce(sum(events), 0)::text AS total FROM "${BenchSchemas.projection}"."${table}"`,
      );
      expectCount(`projection/${name} events in ${table}`, Number(result.rows[0].total), projectionEvents);
    },
  });
  return runInterleaved(
    'projection',
    [side('ours'), side('kafkajs'), side('kafkajs-batch')],
    ctx.plan.trials,
    ctx.progress,
  );
}
