import { createEventStore } from '@product-ledger/event-store';
import { Pool } from 'pg';
import { benchMetadata } from '../sample-events';
import type { AppendTask, TrialResult } from '../tasks';
import { driveWriters } from './drive-writers';

/** Our store: one `append` per call, metadata from the store's provider (as a service would). */
export async function runOursAppend(task: AppendTask): Promise<TrialResult> {
  const config = { connectionString: task.databaseUrl, max: task.writers };
  const pool = new Pool(config);
  const store = createEventStore({ pool, schema: task.schema, metadata: () => ({ ...benchMetadata }) });
  return driveWriters(
    {
      append: async (streamId, events, expectedVersion) => {
        await store.append(streamId, events, { expectedVersion });
      },
      close: () => pool.end(),
    },
    task,
  );
}
