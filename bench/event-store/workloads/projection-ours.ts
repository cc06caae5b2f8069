import { startConsumer } from '@product-ledger/event-store';
import { Pool } from 'pg';
import type { ProjectionTask, TrialResult } from '../tasks';
import { benchKafka } from './bench-kafka';
import { upsertSql, upsertValues } from './read-model';
import { now, trialResult, whenDone } from './trial-clock';

/**
 * Our consumer runner with an upsert handler: each kafkajs batch's upserts and its checkpoint commit in one
 * transaction. The clock starts when the first event reaches the handler (group join excluded, as for
 * the raw consumer) and stops when every event's batch has committed.
 */
export async function runOursProjection(task: ProjectionTask): Promise<TrialResult> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: 2 });
  const sql = upsertSql(task.schema, task.table);
  let firstAt = 0;
  const launchedAt = now();
  const consumer = await startConsumer({
    kafka: benchKafka(task.brokers, 'bench-projection-ours'),
    pool,
    schema: task.schema,
    groupId: task.groupId,
    topics: [task.topic],
    fromBeginning: true,
    handler: async (event, client) => {
      if (firstAt === 0) firstAt = now();
      await client.query(sql, upsertValues(event));
    },
  });
  const endedAt = await whenDone(
    () => consumer.status().appliedTotal >= task.events,
    () =>
      `consumer applied ${consumer.status().appliedTotal}/${task.events} (${consumer.status().lastError ?? 'no error'})`,
  );
  await consumer.stop();
  await pool.end();
  return trialResult(task.events, firstAt, endedAt, {
    startupSeconds: (firstAt - launchedAt) / 1000,
    fromStartSeconds: (endedAt - launchedAt) / 1000,
  });
}
