import { ConcurrencyError, type EventStore, type EventStoreTransaction } from '@product-ledger/event-store';
import { setTimeout as sleep } from 'node:timers/promises';

/** PostgreSQL's "try again" answers: a deadlock (two merges crossing), or a serialization failure. */
const retryableSqlStates = new Set(['40P01', '40001']);

export interface DecideInTransactionOptions {
  /**
   * True when the client gave no expected version (no If-Match): a version conflict then only means
   * someone else wrote first, and the command is decided again on the newer state.
   */
  readonly retryOnConflict: boolean;
  readonly attempts?: number;
}

/**
 * Runs one command's work (load, decide, append, index rows) in one transaction, and the whole of it again
 * after a short jittered pause when PostgreSQL or the stream version says to try again.
 */
export async function decideInTransaction<T>(
  store: EventStore,
  work: (tx: EventStoreTransaction) => Promise<T>,
  { retryOnConflict, attempts = 10 }: DecideInTransactionOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.withTransaction(work);
    } catch (error) {
      const retryable =
        (error instanceof ConcurrencyError && retryOnConflict) || retryableSqlStates.has((error as { code?: string }).code ?? '');
      if (!retryable || attempt >= attempts) throw error;
      await sleep(Math.random() * Math.min(1000, 10 * 2 ** attempt));
    }
  }
}
