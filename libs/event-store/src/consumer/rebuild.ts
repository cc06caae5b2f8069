import type { Kafka } from 'kafkajs';
import { checkOut } from '../checked-out-client';
import type { Pool, PoolClient } from 'pg';
import { toMessageBus } from '../kafka/kafkajs-message-bus';
import type { MessageBus } from '../kafka/message-bus';
import { qualified } from '../schema/identifiers';
import { sleep } from '../retry/backoff';

export interface ResetProjectionOptions {
  readonly pool: Pool;
  readonly schema?: string;
  readonly groupId: string;
  /** Empties the projection's tables, in the reset's transaction. */
  truncate(client: PoolClient): Promise<void>;
}

/**
 * Resets one projection while its service keeps running: empties its tables and marks every checkpoint of
 * the group "replay from the earliest offset" (-1), in one transaction. A running consumer notices on its
 * next batch (its checkpoint no longer matches), seeks to the earliest offsets and replays; a stopped one
 * replays when it starts. The tables are truncated first so a batch in flight finishes before the marks.
 */
export async function resetProjection(options: ResetProjectionOptions): Promise<void> {
  const schema = options.schema ?? 'public';
  const { client, release } = await checkOut(options.pool);
  try {
    await client.query('BEGIN');
    await options.truncate(client);
    await client.query(`UPDATE ${qualified(schema, 'consumer_checkpoints')} SET "offset" = -1, updated_at = now() WHERE group_id = $1`, [
      options.groupId,
    ]);
    await client.query(`DELETE FROM ${qualified(schema, 'processed_events')} WHERE consumer = $1`, [options.groupId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}

export interface ProjectionProgress {
  /** Messages applied (or dead-lettered) by the group, over all partitions of its topics. */
  readonly applied: number;
  /** Messages on those partitions (end offset minus first offset). */
  readonly total: number;
  /** applied / total, 1 when there is nothing to apply. */
  readonly ratio: number;
  readonly caughtUp: boolean;
}

export interface ProjectionProgressOptions {
  readonly pool: Pool;
  readonly schema?: string;
  readonly kafka: Kafka | MessageBus;
  readonly groupId: string;
  readonly topics: readonly string[];
}

/** How far a (rebuilding) projection is: its checkpoints against the topics' end offsets. */
export async function projectionProgress(options: ProjectionProgressOptions): Promise<ProjectionProgress> {
  const bus = toMessageBus(options.kafka);
  const checkpoints = await options.pool.query<{ topic: string; partition: number; offset: string }>(
    `SELECT topic, partition, "offset"::text AS "offset" FROM ${qualified(options.schema ?? 'public', 'consumer_checkpoints')}
     WHERE group_id = $1`,
    [options.groupId],
  );
  const applied = new Map(checkpoints.rows.map((row) => [`${row.topic}:${row.partition}`, BigInt(row.offset)]));
  let done = 0n;
  let total = 0n;
  for (const topic of options.topics) {
    for (const { partition, low, high } of await bus.offsets(topic)) {
      const first = BigInt(low);
      const end = BigInt(high);
      total += end - first;
      const last = applied.get(`${topic}:${partition}`);
      if (last !== undefined && last >= first) done += (last + 1n < end ? last + 1n : end) - first;
    }
  }
  const ratio = total === 0n ? 1 : Number(done) / Number(total);
  return { applied: Number(done), total: Number(total), ratio, caughtUp: done >= total };
}

export interface WaitForProjectionOptions extends ProjectionProgressOptions {
  /** Called on every poll: draw a progress bar, log, ... */
  readonly onProgress?: (progress: ProjectionProgress) => void;
  readonly pollIntervalMs?: number;
  readonly signal?: AbortSignal;
}

/** Polls `projectionProgress` until the group has applied everything that was on its topics. */
export async function waitForProjection(options: WaitForProjectionOptions): Promise<ProjectionProgress> {
  for (;;) {
    const progress = await projectionProgress(options);
    options.onProgress?.(progress);
    if (progress.caughtUp) return progress;
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    await sleep(options.pollIntervalMs ?? 500);
  }
}
