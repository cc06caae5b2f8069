import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { FactOutcome } from '../../domain/facts/classify-facts';
import { MAX_FACTS_PER_REQUEST } from '../../domain/facts/ingest-limits';
import { summarise, type IngestSummary, type RejectedFact } from '../../domain/facts/ingest-summary';
import { readFact } from '../../domain/facts/read-fact';
import {
  deleteAbandonedUploadRows,
  deleteUploadRows,
  stagedUploadRows,
  stageUploadRows,
  type StagedFact,
} from '../../persistence/facts/upload-staging';
import { applyFacts } from './apply-facts';
import { IngestInterrupted, type FactRow } from './fact-row';

/** More rows than one request may carry: the whole request is refused, nothing is written. */
export class TooManyFacts extends Error {
  constructor(readonly limit: number) {
    super(`a request carries at most ${limit} facts; split the file or send it through Kafka`);
    this.name = 'TooManyFacts';
  }
}

/**
 * The body of an upload stopped arriving (`IngestInterrupted`); the complete rows read before were applied.
 * `lastLine` is the line the last row read starts on: resend from the row after it, or the whole file
 * (ingest is idempotent by (source, externalId)).
 */
export class IngestCutOff extends Error {
  constructor(
    readonly interruption: IngestInterrupted,
    readonly applied: IngestSummary,
    readonly lastLine: number,
  ) {
    super(
      `${interruption.message}; the rows up to the one starting on line ${lastLine} were applied ` +
        `(${applied.chunks} chunk(s)), nothing after it`,
    );
    this.name = 'IngestCutOff';
  }
}

const STAGE_CHUNK = 1_000;
/** Facts applied in one transaction (and held in memory) at a time. */
const APPLY_CHUNK = 10_000;

/**
 * One upload. While the body streams in, valid rows are staged (`fact_upload_rows`) a chunk at a time, each
 * chunk one short statement on a pooled connection released right after, and invalid ones are noted with
 * their line: no connection, transaction or lock is held while the client is still sending, and the staging
 * of one chunk overlaps the reading of the next. When the body is complete, the staged rows are applied in
 * input order, in chunks of APPLY_CHUNK, each in a transaction of its own under the ingest lock, which
 * deletes the chunk's staged rows as it commits.
 *
 * A refused upload (unreadable, too many rows, too large) writes nothing. An interrupted one (too slow, the
 * client gone) applies what it staged and throws `IngestCutOff`, which says up to which line.
 */
export async function ingestFactRows(
  pool: Pool,
  rows: AsyncIterable<FactRow>,
  channel: 'http' | 'kafka',
  limit = MAX_FACTS_PER_REQUEST,
): Promise<IngestSummary> {
  const uploadId = randomUUID();
  const rejected: RejectedFact[] = [];
  let received = 0;
  let staged = 0;
  let lastLine = 0;
  let buffer: StagedFact[] = [];
  // One chunk travels to the database while the next one is read and checked; at most two are in memory.
  let staging: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    const firstOrd = staged;
    staged += chunk.length;
    buffer = [];
    await staging;
    staging = stageUploadRows(pool, uploadId, firstOrd, chunk);
    // Awaited at the next flush or after the input; until then a failure must not count as unhandled.
    staging.catch(() => undefined);
  };
  try {
    try {
      for await (const row of rows) {
        received++;
        if (received > limit) throw new TooManyFacts(limit);
        lastLine = row.line;
        const reading =
          row.unreadable === undefined
            ? readFact(row.candidate)
            : { ok: false as const, reason: row.unreadable };
        if (!reading.ok) {
          rejected.push({ line: row.line, index: row.index, reason: reading.reason });
          continue;
        }
        buffer.push({ line: row.line, fact: reading.fact });
        if (buffer.length >= STAGE_CHUNK) await flush();
      }
    } catch (error) {
      if (!(error instanceof IngestInterrupted)) throw error;
      await flush();
      await staging;
      const applied = await applyStaged(pool, uploadId, staged, channel);
      throw new IngestCutOff(
        error,
        summarise(applied.outcomes, rejected, received, applied.chunks),
        lastLine,
      );
    }
    await flush();
    await staging;
    const applied = await applyStaged(pool, uploadId, staged, channel);
    return summarise(applied.outcomes, rejected, received, applied.chunks);
  } finally {
    await staging.catch(() => undefined);
    await deleteUploadRows(pool, uploadId).catch(() => undefined);
    await deleteAbandonedUploadRows(pool).catch(() => undefined);
  }
}

/** Applies the staged rows in input order, chunk by chunk, each chunk in its own transaction. */
async function applyStaged(
  pool: Pool,
  uploadId: string,
  staged: number,
  channel: 'http' | 'kafka',
): Promise<{ outcomes: FactOutcome[]; chunks: number }> {
  const outcomes: FactOutcome[] = [];
  let chunks = 0;
  for (let from = 0; from < staged; from += APPLY_CHUNK) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const chunk = await stagedUploadRows(client, uploadId, from, from + APPLY_CHUNK);
      outcomes.push(
        ...(await applyFacts(
          client,
          chunk.map((row) => row.fact),
          channel,
        )),
      );
      await deleteUploadRows(client, uploadId, from + APPLY_CHUNK);
      await client.query('COMMIT');
      chunks++;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return { outcomes, chunks };
}
