import type { PoolClient } from 'pg';

/**
 * Ingest writers (HTTP, Kafka, the performance rebuild) take turns on the facts: two writers deciding
 * "duplicate or correction" for the same (source, externalId) at once could both insert. The lock is
 * transaction-scoped, and `recorded_at` is read after taking it, so transaction times follow the order in
 * which writers held the facts. The first call in a transaction fixes its `recorded_at`; later calls in the
 * same transaction (a Kafka batch) get the same instant.
 */
export async function lockFactsForIngest(client: PoolClient): Promise<Date> {
  // The line rollups (line-rollups.ts) read portfolio_products under this lock, and the portfolio rebuild
  // truncates it before taking this lock: taking the table first keeps the two from waiting for each other
  // (with a portfolio batch that waits for this lock in between) in a deadlock.
  await client.query(`LOCK TABLE portfolio_products IN ACCESS SHARE MODE`);
  await holdFactsLock(client);
  const { rows } = await client.query<{ recorded_at: Date }>(
    `SELECT COALESCE(
       NULLIF(current_setting('analytics.recorded_at', true), ''),
       set_config('analytics.recorded_at', clock_timestamp()::text, true)
     )::timestamptz AS recorded_at`,
  );
  return rows[0]!.recorded_at;
}

/**
 * The same lock without a transaction time, for writers of what is derived from the facts and something else:
 * the portfolio projection, when a product changes lines, updates the line rollups (line-rollups.ts).
 */
export async function holdFactsLock(client: PoolClient): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('product-ledger.analytics.facts', 0))`);
}
