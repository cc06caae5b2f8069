import type { MetricFact } from '@product-ledger/contracts';
import type { Pool, PoolClient } from 'pg';
import type { FactOutcome } from '../../domain/facts/classify-facts';
import { MAX_FACTS_PER_REQUEST } from '../../domain/facts/ingest-limits';
import { summarise, type IngestSummary, type RejectedFact } from '../../domain/facts/ingest-summary';
import { readFact } from '../../domain/facts/read-fact';
import { applyFacts } from './apply-facts';
import type { FactRow } from './fact-row';

/** More rows than one request may carry: the whole request is refused, nothing is written. */
export class TooManyFacts extends Error {
  constructor(readonly limit: number) {
    super(`a request carries at most ${limit} facts; split the file or send it through Kafka`);
    this.name = 'TooManyFacts';
  }
}

const STAGE_CHUNK = 1_000;
const APPLY_CHUNK = 5_000;

/**
 * One ingest request, in one transaction. While the input streams in, valid rows go to a temporary table
 * (so a large request is never held in memory) and invalid ones are noted with their line; no lock is held
 * while the client is still sending. Then, under the ingest lock, the staged facts are applied in input
 * order, chunk by chunk. Rejected rows never reach the database; an unreadable input or too many rows
 * roll everything back.
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
    const flush = async () => {
      if (buffer.length === 0) return;
      await stage(client, staged, buffer);
      staged += buffer.length;
      buffer = [];
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

    const outcomes: FactOutcome[] = [];
    for (let from = 0; from < staged; from += APPLY_CHUNK) {
      const { rows: chunk } = await client.query<{ fact: MetricFact }>(
        'SELECT fact FROM incoming_facts WHERE ord >= $1 AND ord < $2 ORDER BY ord',
        [from, from + APPLY_CHUNK],
      );
      outcomes.push(
        ...(await applyFacts(
          client,
          chunk.map((row) => row.fact),
          channel,
        )),
      );
    }
    await client.query('COMMIT');
    return summarise(outcomes, rejected, received);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function stage(client: PoolClient, firstOrd: number, facts: readonly MetricFact[]): Promise<void> {
  await client.query(
    `INSERT INTO incoming_facts (ord, fact)
     SELECT $1::int + n.i - 1, n.fact FROM unnest($2::jsonb[]) WITH ORDINALITY AS n(fact, i)`,
    [firstOrd, facts.map((fact) => JSON.stringify(fact))],
  );
}
