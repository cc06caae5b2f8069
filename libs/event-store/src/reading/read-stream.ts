import type { ClientBase, Pool } from 'pg';
import { qualified } from '../schema/identifiers';
import type { StoredEvent } from '../store/event-types';
import { storedEventColumns, toStoredEvent, type StoredEventRow } from '../store/stored-event-row';

export async function readStream(
  executor: Pool | ClientBase,
  schema: string,
  streamId: string,
  fromVersion = 1,
  toVersion?: number,
): Promise<StoredEvent[]> {
  const result = await executor.query<StoredEventRow>(
    `SELECT ${storedEventColumns} FROM ${qualified(schema, 'events')}
     WHERE stream_id = $1 AND stream_version >= $2 AND ($3::integer IS NULL OR stream_version <= $3::integer)
     ORDER BY stream_version`,
    [streamId, fromVersion, toVersion ?? null],
  );
  return result.rows.map(toStoredEvent);
}
