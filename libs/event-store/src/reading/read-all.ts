import type { ClientBase, Pool } from 'pg';
import { qualified } from '../schema/identifiers';
import { statementName } from '../schema/statement-name';
import type { Checkpoint, ReadAllResult } from '../store/event-types';
import { storedEventColumns, toStoredEvent, type StoredEventRow } from '../store/stored-event-row';

/**
 * The gap-free bound: the oldest transaction still running that could yet commit events here. A global
 * position is taken at insert but becomes visible at commit, so "position > last seen" would skip slow
 * transactions; instead only events of transactions older than every such transaction are returned, ordered
 * by (transaction id, position): anything committed later has a higher transaction id.
 *
 * Transaction ids are server-wide, so the snapshot's in-progress list holds the transactions of every
 * database on the server. A transaction of another database can never write to this one's tables, so it
 * need not hold readers back: those listed by pg_stat_activity under another database are left out. That
 * list is read after the statement's snapshot was taken, so a transaction that has ended in between is not
 * on it and counts as ours: the bound can only be too early (a later read returns the events), never too
 * late. Where the role may not see other sessions' `backend_xid` (no pg_read_all_stats), every in-progress
 * transaction counts, as a plain `pg_snapshot_xmin` would.
 *
 * Two cases keep the plain rule's answer: a reader inside a transaction that has written (its own id is not
 * in its snapshot's in-progress list, yet its events are not committed: `least` with its own id), and a hot
 * standby, whose snapshots list no running transactions (they are all kept as subtransactions there).
 */
const gapFreeBound = `
  (SELECT CASE WHEN pg_is_in_recovery()
            THEN pg_snapshot_xmin(pg_current_snapshot())
            ELSE least(coalesce(min(running.xid), pg_snapshot_xmax(pg_current_snapshot())),
                       pg_current_xact_id_if_assigned())
          END
     FROM pg_snapshot_xip(pg_current_snapshot()) AS running (xid)
    WHERE (running.xid::text::bigint % 4294967296) NOT IN (
      SELECT elsewhere.backend_xid::text::bigint FROM pg_stat_activity AS elsewhere
       WHERE elsewhere.backend_xid IS NOT NULL AND elsewhere.datname IS DISTINCT FROM current_database()))`;

/**
 * Committed events after `after`, in an order no later commit can fall behind (see gapFreeBound). A
 * long-open writing transaction in this database holds readers back: the price of never skipping an event.
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
     WHERE e.transaction_id < ${gapFreeBound}
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
