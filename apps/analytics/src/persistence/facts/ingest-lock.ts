import type { PoolClient } from 'pg';

/**
 * Ingest writers (HTTP, Kafka, the performance rebuild) take turns on the facts: two writers deciding
 * "duplicate or correction" for the same (source, externalId) at once could both insert. The lock is
 * transaction-scoped, and `recorded_at` is fixed after taking it, so transaction times follow the order in
 * which writers held the facts. The first call in a transaction fixes its `recorded_at`: the later of now (to
 * the millisecond) and the previous ingest's + 1 ms (`facts_ingest_clock`), so consecutive ingest
 * transactions get strictly increasing instants; later calls in the same transaction (a Kafka batch) get the
 * same instant. It is returned as the server's text and passed back as text: a JS Date would drop the
 * microseconds of a stored value, and writeFacts tells its own transaction's versions by equality.
 */
export async function lockFactsForIngest(client: PoolClient): Promise<string> {
  // The line rollups (line-rollups.ts) read portfolio_products under this lock, and the portfolio rebuild
  // truncates it before taking this lock: taking the table first keeps the two from waiting for each other
  // (with a portfolio batch that waits for this lock in between) in a deadlock.
  await client.query(`LOCK TABLE portfolio_products IN ACCESS SHARE MODE`);
  await holdFactsLock(client);
  const { rows } = await client.query<{ recorded_at: string }>({
    name: 'analytics.ingest-recorded-at',
    text: `WITH fixed AS (SELECT NULLIF(current_setting('analytics.recorded_at', true), '') AS recorded_at),
     ticked AS (
       UPDATE facts_ingest_clock
          SET last_recorded_at = greatest(date_trunc('milliseconds', clock_timestamp()), last_recorded_at + interval '1 millisecond')
        WHERE (SELECT recorded_at FROM fixed) IS NULL
       RETURNING set_config('analytics.recorded_at', last_recorded_at::text, true) AS recorded_at)
     SELECT recorded_at FROM fixed WHERE recorded_at IS NOT NULL
     UNION ALL
     SELECT recorded_at FROM ticked`,
  });
  if (rows.length !== 1) throw new Error('facts_ingest_clock must hold exactly one row (migration 15)');
  return rows[0]!.recorded_at;
}

/**
 * The same lock without a transaction time, for writers of what is derived from the facts and something else:
 * the portfolio projection, when a product changes lines, updates the line rollups (line-rollups.ts).
 */
export async function holdFactsLock(client: PoolClient): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('product-ledger.analytics.facts', 0))`);
}
