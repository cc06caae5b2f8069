import { startRelay } from '@product-ledger/event-store';
import { Pool } from 'pg';
import type { RelayTask, TrialResult } from '../tasks';
import { benchKafka } from './bench-kafka';
import { now, trialResult, whenDone } from './trial-clock';

/**
 * Our relay over events appended before the trial. The clock runs from `startRelay` (lock, producer, topic
 * check included) until its checkpoint covers every event, which it moves only after the broker acked.
 */
export async function runOursRelay(task: RelayTask): Promise<TrialResult> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: 2 });
  const kafka = benchKafka(task.brokers, 'bench-relay-ours');
  const startedAt = now();
  const relay = await startRelay({
    pool,
    schema: task.schema,
    kafka,
    name: task.relayName,
    topicFor: () => task.topic,
    topics: [task.topic],
    partitions: task.partitions,
    source: '/product-ledger/bench',
    batchSize: task.batchSize,
  });
  let activeAt = 0;
  relay.whenActive().then(() => (activeAt = now()));
  const endedAt = await whenDone(
    () => relay.status().publishedTotal >= task.events,
    () =>
      `relay published ${relay.status().publishedTotal}/${task.events} (${relay.status().lastError ?? 'no error'})`,
  );
  await relay.stop();
  await pool.end();
  return trialResult(task.events, startedAt, endedAt, { startupSeconds: (activeAt - startedAt) / 1000 });
}
