import { Pool } from 'pg';
import type { ProjectionTask, TrialResult } from '../tasks';
import { benchKafka } from './bench-kafka';
import { upsertSql, upsertValues } from './read-model';
import { now, trialResult, whenDone } from './trial-clock';

/**
 * A stronger hand-written baseline (not the one the targets name): kafkajs `eachBatch`, all of a batch's
 * upserts in one transaction, offsets committed to Kafka afterwards (no checkpoint in the database, so a
 * crash between the two replays the batch). Shows what our runner costs over the fastest plain shape.
 */
export async function runKafkajsBatchedProjection(task: ProjectionTask): Promise<TrialResult> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: 2 });
  const sql = upsertSql(task.schema, task.table);
  const consumer = benchKafka(task.brokers, 'bench-projection-kafkajs-batched').consumer({
    groupId: task.groupId,
  });
  let firstAt = 0;
  let applied = 0;
  const launchedAt = now();
  await consumer.connect();
  await consumer.subscribe({ topics: [task.topic], fromBeginning: true });
  await consumer.run({
    autoCommit: true,
    eachBatch: async ({ batch }) => {
      if (firstAt === 0) firstAt = now();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const message of batch.messages) {
          const header = (name: string): string => String(message.headers?.[name] ?? '');
          await client.query(
            sql,
            upsertValues({
              streamId: message.key?.toString('utf8') ?? '',
              eventId: header('ce_id'),
              type: header('ce_type'),
              data: JSON.parse(message.value?.toString('utf8') ?? 'null'),
            }),
          );
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      applied += batch.messages.length;
    },
  });
  const endedAt = await whenDone(
    () => applied >= task.events,
    () => `batched raw consumer applied ${applied}/${task.events}`,
  );
  await consumer.disconnect();
  await pool.end();
  return trialResult(task.events, firstAt, endedAt, {
    startupSeconds: (firstAt - launchedAt) / 1000,
    fromStartSeconds: (endedAt - launchedAt) / 1000,
  });
}
