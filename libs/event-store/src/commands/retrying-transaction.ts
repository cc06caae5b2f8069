import { commandRetry, retrying, type RetryPolicy } from '../retry/backoff';
import { ConcurrencyError } from '../store/errors';
import type { EventStore, EventStoreTransaction } from '../store/event-store';

/**
 * PostgreSQL's "try again" answers: a deadlock (two commands locking the same guard or index rows in
 * opposite order, e.g. two merges crossing), or a serialization failure.
 */
const retryableSqlStates = new Set(['40P01', '40001']);

export interface RetryingTransactionOptions {
  /**
   * True when the client gave no expected version (no If-Match): a version conflict then only means someone
   * else wrote first, and the work is done again on the newer state.
   */
  readonly retryOnConflict: boolean;
  /** Default `commandRetry`. */
  readonly retry?: RetryPolicy;
}

/**
 * Runs a command's work (load, decide, append, guard or index rows) in one transaction, and the whole of it
 * again after a jittered pause when PostgreSQL or the stream version says to try again.
 */
export function inRetryingTransaction<T>(
  store: EventStore,
  work: (tx: EventStoreTransaction) => Promise<T>,
  { retryOnConflict, retry = commandRetry }: RetryingTransactionOptions,
): Promise<T> {
  const retryable = (error: unknown): boolean =>
    (retryOnConflict && error instanceof ConcurrencyError) ||
    retryableSqlStates.has((error as { code?: string } | null)?.code ?? '');
  return retrying(retry, retryable, () => store.withTransaction(work));
}
