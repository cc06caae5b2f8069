import type { PoolClient } from 'pg';

/**
 * Ingest writers (HTTP, Kafka, the performance rebuild) take turns on the facts: two writers deciding
 * "duplicate or correction" for the same (source, externalId) at once could both insert. The lock is
 * transaction-scoped, and `recorded_at` is read after taking it, so transaction times follow the order in
 * which writers held the facts. The first call in a transaction fixes its `recorded_at`; later calls in the
 * same transaction (a Kafka batch) get the same instant.
 */
export async function lockFactsForIngest(client: PoolClient): Promise<Date> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('product-ledger.analytics.facts', 0))`);
  const { rows } = await client.query<{ recorded_at: Date }>(
    `SELECT COALESCE(
       NULLIF(current_setting('analytics.recorded_at', true), ''),
       set_config('analytics.recorded_at', clock_timestamp()::text, true)
     )::timestamptz AS recorded_at`,
  );
  return rows[0]!.recorded_at;
}
