import type { Client } from 'pg';
import { qualified } from '../schema/identifiers';
import { statementName } from '../schema/statement-name';
import type { Checkpoint } from '../store/event-types';

export async function loadRelayCheckpoint(client: Client, schema: string, name: string): Promise<Checkpoint | null> {
  const result = await client.query<{ transaction_id: string; position: string }>(
    `SELECT transaction_id::text AS transaction_id, position::text AS position
     FROM ${qualified(schema, 'relay_state')} WHERE name = $1`,
    [name],
  );
  const row = result.rows[0];
  return row ? { transactionId: row.transaction_id, position: row.position } : null;
}

export async function saveRelayCheckpoint(
  client: Client,
  schema: string,
  name: string,
  checkpoint: Checkpoint,
  published: number,
): Promise<void> {
  await client.query({
    name: statementName('save_relay_checkpoint', schema),
    text: `INSERT INTO ${qualified(schema, 'relay_state')} (name, transaction_id, position, published_total)
     VALUES ($1, $2::xid8, $3::bigint, $4)
     ON CONFLICT (name) DO UPDATE SET transaction_id = excluded.transaction_id, position = excluded.position,
       published_total = ${qualified(schema, 'relay_state')}.published_total + $4, updated_at = now()`,
    values: [name, checkpoint.transactionId, checkpoint.position, published],
  });
}

/** Events after the checkpoint (committed ones, visible or not yet readable), counted up to `cap`. */
export async function countUnpublished(client: Client, schema: string, after: Checkpoint | null, cap = 10_000): Promise<number> {
  const result = await client.query<{ lag: number }>({
    name: statementName('count_unpublished', schema),
    text: `SELECT count(*)::integer AS lag FROM (
       SELECT 1 FROM ${qualified(schema, 'events')}
       WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) LIMIT $3) unpublished`,
    values: [after?.transactionId ?? '0', after?.position ?? '0', cap],
  });
  return result.rows[0].lag;
}
