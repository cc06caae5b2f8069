// A relay in its own process, so a test can kill it with SIGKILL mid-stream. Configured by env.
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { startRelay } from '../relay/start-relay';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: env('RELAY_DATABASE_URL'), max: 2 });
  pool.on('error', () => undefined);
  const topic = env('RELAY_TOPIC');
  const relay = await startRelay({
    pool,
    schema: env('RELAY_SCHEMA'),
    kafka: new Kafka({ clientId: 'relay-process', brokers: env('RELAY_BROKERS').split(','), logLevel: logLevel.NOTHING }),
    topicFor: () => topic,
    source: '/test/relay-process',
    partitions: 3,
    batchSize: Number(process.env.RELAY_BATCH_SIZE ?? 50),
    pollIntervalMs: 200,
    standbyPollMs: 200,
  });
  await relay.whenActive();
  process.send?.('active');
}

main().catch((error: Error) => {
  process.send?.(`failed: ${error.message}`);
  process.exit(1);
});
