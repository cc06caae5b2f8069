import type { MetricFact } from '@product-ledger/contracts';
import type { Pool, PoolClient } from 'pg';
import { MAX_FACTS_PER_REQUEST } from '../../domain/facts/ingest-limits';
import { summarise, type IngestSummary, type RejectedFact } from '../../domain/facts/ingest-summary';
import { readFact } from '../../domain/facts/read-fact';
import { applyFactChunks } from './apply-facts';
import type { FactRow } from './fact-row';

/** More rows than one request may carry: the whole request is refused, nothing is written. */
export class TooManyFacts extends Error {
  constructor(readonly limit: number) {
    super(`a request carries at most ${limit} facts; split the file or send it through Kafka`);
    this.name = 'TooManyFacts';
  }
}

const STAGE_CHUNK = 1_000;
/**
 * Facts applied (and held in memory) at a time. Each round refreshes the rollups of the buckets it touched; the
 * line months and figures of the touched products are refreshed once per request (apply-facts.ts).
 */
const APPLY_CHUNK = 10_000;

/**
 * One ingest request, in one transaction. While the input streams in, valid rows go to a temporary table
 * (so a large request is never held in memory) and invalid ones are noted with their line; no lock is held
 * while the client is still sending, and the staging of one chunk overlaps the reading of the next. Then,
 * under the ingest lock, the staged facts are applied in input order, chunk by chunk. Rejected rows never
 * reach the database; an unreadable input or too many rows roll everything back.
 */
export async function ingestFactRows(
  pool: Pool,
  rows: AsyncIterable<FactRow>,
  channel: 'http' | 'kafka',
  limit = MAX_FACTS_PER_REQUEST,
): Promise<IngestSummary> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMPORARY TABLE incoming_facts (ord integer PRIMARY KEY, fact jsonb NOT NULL) ON COMMIT DROP`,
    );
    const rejected: RejectedFact[] = [];
    let received = 0;
    let staged = 0;
    let buffer: MetricFact[] = [];
    // One chunk travels to the database while the next one is read and checked: the parsing (Node) and the
    // staging (PostgreSQL) overlap, and at most two chunks are in memory.
    let staging: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (buffer.length === 0) return;
      const chunk = buffer;
      const firstOrd = staged;
      staged += chunk.length;
      buffer = [];
      await staging;
      staging = stage(client, firstOrd, chunk);
      // Awaited at the next flush or after the input; until then a failure must not count as unhandled.
      staging.catch(() => undefined);
    };
    for await (const row of rows) {
      received++;
      if (received > limit) throw new TooManyFacts(limit);
      const reading =
        row.unreadable === undefined
          ? readFact(row.candidate)
          : { ok: false as const, reason: row.unreadable };
      if (!reading.ok) {
        rejected.push({ line: row.line, index: row.index, reason: reading.reason });
        continue;
      }
      buffer.push(reading.fact);
      if (buffer.length >= STAGE_CHUNK) await flush();
    }
    await flush();
    await staging;

    const chunks = async function* () {
      for (let from = 0; from < staged; from += APPLY_CHUNK) {
        const { rows: chunk } = await client.query<{ fact: MetricFact }>(
          'SELECT fact FROM incoming_facts WHERE ord >= $1 AND ord < $2 ORDER BY ord',
          [from, from + APPLY_CHUNK],
        );
        yield chunk.map((row) => row.fact);
      }
    };
    const outcomes = await applyFactChunks(client, chunks(), channel);
    await client.query('COMMIT');
    return summarise(outcomes, rejected, received);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One JSON document per chunk (half the cost of a jsonb[] parameter, which pg escapes element by element). */
async function stage(client: PoolClient, firstOrd: number, facts: readonly MetricFact[]): Promise<void> {
  await client.query({
    name: 'analytics.stage-incoming-facts',
    text: `INSERT INTO incoming_facts (ord, fact)
     SELECT $1::int + n.i::int - 1, n.fact FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS n(fact, i)`,
    values: [firstOrd, JSON.stringify(facts)],
  });
}
