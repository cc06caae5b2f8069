import { Pool } from 'pg';
import type { ProjectionTask, TrialResult } from '../tasks';
import { benchKafka } from './bench-kafka';
import { upsertSql, upsertValues } from './read-model';
import { now, trialResult, whenDone } from './trial-clock';

/**
 * The plain way: a kafkajs consumer, `eachMessage` doing the same upsert through a pool (each upsert its
 * own autocommitted transaction), Kafka offsets auto-committed. No checkpoint in the database, so a crash
 * replays or skips work: this is the speed that safety is measured against. Same clock as ours.
 */
export async function runKafkajsProjection(task: ProjectionTask): Promise<TrialResult> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: 2 });
  const sql = upsertSql(task.schema, task.table);
  const consumer = benchKafka(task.brokers, 'bench-projection-kafkajs').consumer({ groupId: task.groupId });
  let firstAt = 0;
  let applied = 0;
  const launchedAt = now();
  await consumer.connect();
  await consumer.subscribe({ topics: [task.topic], fromBeginning: true });
  await consumer.run({
    autoCommit: true,
    eachMessage: async ({ message }) => {
      if (firstAt === 0) firstAt = now();
      const header = (name: string): string => String(message.headers?.[name] ?? '');
      await pool.query(
        sql,
        upsertValues({
          streamId: message.key?.toString('utf8') ?? '',
          eventId: header('ce_id'),
          type: header('ce_type'),
          data: JSON.parse(message.value?.toString('utf8') ?? 'null'),
        }),
      );
      applied++;
    },
  });
  const endedAt = await whenDone(
    () => applied >= task.events,
    () => `raw consumer applied ${applied}/${task.events}`,
  );
  await consumer.disconnect();
  await pool.end();
  return trialResult(task.events, firstAt, endedAt, {
    startupSeconds: (firstAt - launchedAt) / 1000,
    fromStartSeconds: (endedAt - launchedAt) / 1000,
  });
}
