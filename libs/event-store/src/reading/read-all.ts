import type { ClientBase, Pool } from 'pg';
import { qualified } from '../schema/identifiers';
import { statementName } from '../schema/statement-name';
import type { Checkpoint, ReadAllResult } from '../store/event-types';
import { storedEventColumns, toStoredEvent, type StoredEventRow } from '../store/stored-event-row';

/**
 * Committed events after `after`, in an order no later commit can fall behind. A global position is taken
 * at insert but becomes visible at commit, so "position > last seen" skips slow transactions. Instead only
 * events of transactions older than every transaction still running (xid < snapshot xmin) are returned,
 * ordered by (transaction id, position): anything committed later has a higher transaction id. A
 * long-open writing transaction holds readers back; that is the price of never skipping an event.
 */
export async function readAll(
  executor: Pool | ClientBase,
  schema: string,
  after: Checkpoint | null,
  limit: number,
): Promise<ReadAllResult> {
  const result = await executor.query<StoredEventRow>({
    name: statementName('read_all', schema),
    // ORDER BY names the table's columns: the bare names would sort the text aliases of the select list.
    text: `SELECT ${storedEventColumns} FROM ${qualified(schema, 'events')} AS e
     WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
     ORDER BY e.transaction_id, e.global_position
     LIMIT $3`,
    values: [after?.transactionId ?? '0', after?.position ?? '0', limit],
  });
  const events = result.rows.map(toStoredEvent);
  const last = events[events.length - 1];
  return {
    events,
    checkpoint: last ? { transactionId: last.transactionId, position: last.globalPosition } : after,
  };
}
