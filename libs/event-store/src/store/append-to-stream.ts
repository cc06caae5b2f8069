import type { Pool, PoolClient } from 'pg';
import { qualified } from '../schema/identifiers';
import { statementName } from '../schema/statement-name';
import { ConcurrencyError, DuplicateEventError } from './errors';
import type { AppendResult, ExpectedVersion, StoredEvent } from './event-types';
import type { PreparedEvent } from './prepare-events';
import { assertExpectedVersion, expectedVersionHolds } from './expected-version';

/**
 * One statement: read the stream's version, check the expectation, insert every event numbered after it.
 * When the expectation fails the statement inserts nothing and returns the actual version instead, so a
 * conflict costs no extra round trip. Two appenders that both pass the check race on the
 * (stream_id, stream_version) unique key; the loser gets 23505, translated below.
 */
const appendSql = (schema: string): string => `
  WITH current_version AS (
    SELECT coalesce(max(stream_version), 0) AS version FROM ${qualified(schema, 'events')} WHERE stream_id = $1
  ), allowed AS (
    SELECT version FROM current_version
    WHERE CASE $2::text
      WHEN 'any' THEN true
      WHEN 'no_stream' THEN version = 0
      WHEN 'stream_exists' THEN version > 0
      ELSE version = $3::integer
    END
  ), appended AS (
    INSERT INTO ${qualified(schema, 'events')}
      (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
    SELECT $1, allowed.version + e.ordinality, (e.value->>'id')::uuid, e.value->>'type', (e.value->>'v')::integer,
           e.value->'data', e.value->'meta'
    FROM allowed, jsonb_array_elements($4::jsonb) WITH ORDINALITY AS e
    ORDER BY e.ordinality
    RETURNING stream_version, global_position::text AS global_position, transaction_id::text AS transaction_id,
              recorded_at
  )
  SELECT stream_version, global_position, transaction_id, recorded_at, NULL::integer AS conflict_version
  FROM appended
  UNION ALL
  SELECT NULL, NULL, NULL, NULL, version FROM current_version WHERE NOT EXISTS (SELECT 1 FROM allowed)`;

interface AppendRow {
  stream_version: number | null;
  global_position: string | null;
  transaction_id: string | null;
  recorded_at: Date | null;
  conflict_version: number | null;
}

export interface AppendTarget {
  readonly schema: string;
  /** Used to read the winner's version after a lost race (never inside the caller's transaction). */
  readonly pool: Pool;
  readonly executor: Pool | PoolClient;
}

export async function appendToStream(
  target: AppendTarget,
  streamId: string,
  events: readonly PreparedEvent[],
  expectedVersion: ExpectedVersion,
): Promise<AppendResult> {
  assertExpectedVersion(expectedVersion);
  if (events.length === 0) {
    // Nothing to write: only the expectation is checked.
    const version = await currentVersion(target.executor, target.schema, streamId);
    if (!expectedVersionHolds(expectedVersion, version)) throw new ConcurrencyError(streamId, expectedVersion, version);
    return { nextExpectedVersion: version, lastGlobalPosition: '0', events: [] };
  }
  const kind = typeof expectedVersion === 'number' ? 'exact' : expectedVersion;
  const payload = JSON.stringify(
    events.map((event) => ({
      id: event.eventId,
      type: event.type,
      v: event.schemaVersion,
      data: event.data,
      meta: event.metadata,
    })),
  );
  let rows: AppendRow[];
  try {
    const result = await target.executor.query<AppendRow>({
      // Named: each connection parses and plans the statement once, not on every append.
      name: statementName('append', target.schema),
      text: appendSql(target.schema),
      values: [streamId, kind, typeof expectedVersion === 'number' ? expectedVersion : null, payload],
    });
    rows = result.rows;
  } catch (error) {
    throw await translateUniqueViolation(error, target, streamId, expectedVersion);
  }
  const conflict = rows.find((row) => row.conflict_version !== null);
  if (conflict) throw new ConcurrencyError(streamId, expectedVersion, conflict.conflict_version as number);
  rows.sort((a, b) => (a.stream_version as number) - (b.stream_version as number));
  const firstVersion = rows[0].stream_version as number;
  const stored: StoredEvent[] = rows.map((row) => {
    const event = events[(row.stream_version as number) - firstVersion];
    return {
      streamId,
      streamVersion: row.stream_version as number,
      globalPosition: row.global_position as string,
      transactionId: row.transaction_id as string,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      recordedAt: row.recorded_at as Date,
    };
  });
  const last = stored[stored.length - 1];
  return {
    nextExpectedVersion: last.streamVersion,
    lastGlobalPosition: stored.reduce((max, e) => (BigInt(e.globalPosition) > BigInt(max) ? e.globalPosition : max), '0'),
    events: stored,
  };
}

export async function currentVersion(executor: Pool | PoolClient, schema: string, streamId: string): Promise<number> {
  const result = await executor.query<{ version: number }>(
    `SELECT coalesce(max(stream_version), 0) AS version FROM ${qualified(schema, 'events')} WHERE stream_id = $1`,
    [streamId],
  );
  return result.rows[0].version;
}

async function translateUniqueViolation(
  error: unknown,
  target: AppendTarget,
  streamId: string,
  expectedVersion: ExpectedVersion,
): Promise<unknown> {
  const pgError = error as { code?: string; constraint?: string; detail?: string };
  if (pgError.code !== '23505') return error;
  if (pgError.constraint === 'events_stream_version_unique') {
    // The winner has committed (that is when the unique check fires), so another connection sees it.
    const actual = await currentVersion(target.pool, target.schema, streamId).catch(() => -1);
    return new ConcurrencyError(streamId, expectedVersion, actual);
  }
  if (pgError.constraint === 'events_event_id_unique') return new DuplicateEventError(streamId, pgError.detail ?? '');
  return error;
}
