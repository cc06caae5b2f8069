import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyError } from '../store/errors';
import type { EventStore, EventStoreTransaction } from '../store/event-store';

/**
 * PostgreSQL's "try again" answers: a deadlock (two commands locking the same guard or index rows in
 * opposite order, e.g. two merges crossing), or a serialization failure.
 */
const retryableSqlStates = new Set(['40P01', '40001']);

export interface DecideInTransactionOptions {
  /**
   * True when the client gave no expected version (no If-Match): a version conflict then only means
   * someone else wrote first, and the command is decided again on the newer state.
   */
  readonly retryOnConflict: boolean;
  /** Total attempts including the first. Default 4. */
  readonly attempts?: number;
  /** The pause before retry n is random in [0, min(maxDelayMs, baseDelayMs * 2^n)). Default 20 ms. */
  readonly baseDelayMs?: number;
  /** Default 1000 ms. */
  readonly maxDelayMs?: number;
}

/**
 * Runs one command's work (load, decide, append, guard or index rows) in one transaction, and the whole
 * of it again after a short jittered pause when PostgreSQL or the stream version says to try again.
 */
export async function decideInTransaction<T>(
  store: EventStore,
  work: (tx: EventStoreTransaction) => Promise<T>,
  { retryOnConflict, attempts = 4, baseDelayMs = 20, maxDelayMs = 1000 }: DecideInTransactionOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.withTransaction(work);
    } catch (error) {
      const retryable =
        (error instanceof ConcurrencyError && retryOnConflict) ||
        retryableSqlStates.has((error as { code?: string }).code ?? '');
      if (!retryable || attempt >= attempts) throw error;
      await sleep(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));
    }
  }
}
