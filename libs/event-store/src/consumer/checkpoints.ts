import type { ClientBase, Pool } from 'pg';
import { qualified } from '../schema/identifiers';

/** Last applied offset per partition; -1 = replay from the earliest offset (after resetProjection). */
export async function loadCheckpoints(
  pool: Pool,
  schema: string,
  groupId: string,
): Promise<Map<string, bigint>> {
  const result = await pool.query<{ topic: string; partition: number; offset: string }>(
    `SELECT topic, partition, "offset"::text AS "offset" FROM ${qualified(schema, 'consumer_checkpoints')} WHERE group_id = $1`,
    [groupId],
  );
  return new Map(result.rows.map((row) => [partitionKey(row.topic, row.partition), BigInt(row.offset)]));
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/**
 * Moves the checkpoint to `offset` only if it still holds `previous` (null = no row yet). False means
 * someone else moved it: a reset of the projection, or another member that owns the partition now.
 */
export async function advanceCheckpoint(
  client: ClientBase,
  schema: string,
  target: { groupId: string; topic: string; partition: number },
  previous: bigint | null,
  offset: bigint,
): Promise<boolean> {
  const table = qualified(schema, 'consumer_checkpoints');
  const result = await client.query(
    `INSERT INTO ${table} AS checkpoint (group_id, topic, partition, "offset") VALUES ($1, $2, $3, $4::bigint)
     ON CONFLICT (group_id, topic, partition) DO UPDATE SET "offset" = excluded."offset", updated_at = now()
     WHERE checkpoint."offset" IS NOT DISTINCT FROM $5::bigint
     RETURNING 1`,
    [target.groupId, target.topic, target.partition, offset.toString(), previous === null ? null : previous.toString()],
  );
  return result.rowCount === 1;
}
