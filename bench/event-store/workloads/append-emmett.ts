import type { Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { benchMetadata } from '../sample-events';
import type { AppendTask, TrialResult } from '../tasks';
import { driveWriters } from './drive-writers';

/**
 * Emmett's PostgreSQL store, given a pg Pool of the same size as ours. Its tables were created before the
 * trial (autoMigration off here, so no migration check runs inside the timed part).
 */
export async function runEmmettAppend(task: AppendTask): Promise<TrialResult> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: task.writers });
  const store = getPostgreSQLEventStore(task.databaseUrl, {
    connectionOptions: { pool },
    schema: { autoMigration: 'None' },
  });
  return driveWriters(
    {
      append: async (streamId, events, expectedVersion) => {
        const messages: Event<string, Record<string, unknown>, Record<string, unknown>>[] = events.map(
          (event) => ({
            type: event.type,
            data: event.data,
            metadata: { ...benchMetadata },
          }),
        );
        await store.appendToStream(streamId, messages, { expectedStreamVersion: BigInt(expectedVersion) });
      },
      close: async () => {
        await store.close();
        await pool.end();
      },
    },
    task,
  );
}
