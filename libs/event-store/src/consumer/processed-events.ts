import type { PoolClient } from 'pg';
import { qualified } from '../schema/identifiers';

/**
 * Records that `consumer` handled `eventId`, in the caller's transaction. Returns false when it already
 * had (the same fact arrived twice, e.g. on two topics): the caller then skips its effect.
 */
export async function markEventProcessed(
  client: PoolClient,
  options: { consumer: string; eventId: string; schema?: string },
): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO ${qualified(options.schema ?? 'public', 'processed_events')} (consumer, event_id)
     VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [options.consumer, options.eventId],
  );
  return result.rowCount === 1;
}
