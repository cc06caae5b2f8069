import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { benchMetadata } from '../sample-events';
import type { AppendTask, TrialResult } from '../tasks';
import { driveWriters } from './drive-writers';

const COLUMNS = 7;

/**
 * The database bound: the same rows as our store writes, as one prepared multi-row INSERT per call into a
 * plain table with the same columns and only a primary key (no version check, no unique keys, no trigger).
 */
export async function runPgAppend(task: AppendTask): Promise<TrialResult> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: task.writers });
  const metadata = JSON.stringify(benchMetadata);
  const statements = new Map<number, string>();
  const insertSql = (rows: number): string => {
    let sql = statements.get(rows);
    if (!sql) {
      const tuples = Array.from({ length: rows }, (_, row) => {
        const p = row * COLUMNS;
        return `($${p + 1}, $${p + 2}, $${p + 3}::uuid, $${p + 4}, $${p + 5}, $${p + 6}::jsonb, $${p + 7}::jsonb)`;
      });
      sql = `INSERT INTO "${task.schema}".events
        (stream_id, stream_version, event_id, event_type, schema_version, data, metadata) VALUES ${tuples.join(', ')}`;
      statements.set(rows, sql);
    }
    return sql;
  };
  return driveWriters(
    {
      append: async (streamId, events, expectedVersion) => {
        const values: unknown[] = [];
        events.forEach((event, index) => {
          values.push(
            streamId,
            expectedVersion + index + 1,
            randomUUID(),
            event.type,
            1,
            JSON.stringify(event.data),
            metadata,
          );
        });
        // Named, so PostgreSQL parses and plans each row count once per connection: the bound is the insert itself.
        await pool.query({ name: `plain_insert_${events.length}`, text: insertSql(events.length), values });
      },
      close: () => pool.end(),
    },
    task,
  );
}
