import type { PoolClient } from 'pg';
import { inTransaction } from '../transaction/in-transaction';
import { readAll } from '../reading/read-all';
import { readStream } from '../reading/read-stream';
import { createUpcastChain } from '../reading/upcasting';
import { appendToStream, currentVersion, type AppendTarget } from './append-to-stream';
import { ConcurrencyError } from './errors';
import type { EventStore, EventStoreOptions, EventStoreTransaction } from './event-store';
import type { AppendResult, ExpectedVersion, NewEvent, StoredEvent } from './event-types';
import { traceparentFromActiveSpan } from './metadata';
import { appendSignalFor } from '../notify/append-signal';
import { prepareEvents } from './prepare-events';
import { appendRaceRetry, backoffDelay, sleep } from '../retry/backoff';
import { inSpan } from '../tracing/spans';

export function createEventStore(options: EventStoreOptions): EventStore {
  const { pool, registry } = options;
  const schema = options.schema ?? 'public';
  const metadata = options.metadata ?? traceparentFromActiveSpan;
  const upcast = createUpcastChain(options.upcasters);
  const upcastAll = (events: StoredEvent[]): StoredEvent[] => events.map(upcast);
  const signal = appendSignalFor(pool, schema);

  const append = async (
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
    client: PoolClient | undefined,
  ): Promise<AppendResult> =>
    // The span is active while the metadata is taken: the events name it as the trace to continue.
    inSpan(
      'append',
      { attributes: { 'product_ledger.stream_id': streamId, 'product_ledger.event_types': events.map((e) => e.type) } },
      () => appendPrepared(streamId, events, expectedVersion, client),
    );

  const appendPrepared = async (
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
    client: PoolClient | undefined,
  ): Promise<AppendResult> => {
    const prepared = prepareEvents(events, registry, metadata);
    const target: AppendTarget = { schema, pool, executor: client ?? pool };
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await appendToStream(target, streamId, prepared, expectedVersion);
        if (result.events.length > 0) {
          if (client) signal.appendedInTransaction(client);
          else signal.appended();
        }
        return result;
      } catch (error) {
        const retry = error instanceof ConcurrencyError && expectedVersion === 'any' && !client;
        if (!retry || attempt >= appendRaceRetry.attempts) throw error;
        await sleep(backoffDelay(attempt, appendRaceRetry));
      }
    }
  };

  const transactionView = (client: PoolClient): EventStoreTransaction => ({
    client,
    append: (streamId, events, appendOptions) => append(streamId, events, appendOptions.expectedVersion, client),
    readStream: async (streamId, readOptions = {}) =>
      upcastAll(await readStream(client, schema, streamId, readOptions.fromVersion, readOptions.toVersion)),
    streamVersion: (streamId) => currentVersion(client, schema, streamId),
  });

  return {
    schema,
    pool,
    registry,
    append: (streamId, events, appendOptions) =>
      append(streamId, events, appendOptions.expectedVersion, appendOptions.client),
    readStream: async (streamId, readOptions = {}) =>
      upcastAll(
        await readStream(readOptions.client ?? pool, schema, streamId, readOptions.fromVersion, readOptions.toVersion),
      ),
    streamVersion: (streamId, versionOptions = {}) => currentVersion(versionOptions.client ?? pool, schema, streamId),
    readAll: async (after, limit = 1000, readOptions = {}) => {
      const result = await readAll(readOptions.client ?? pool, schema, after, limit);
      return { ...result, events: upcastAll(result.events) };
    },
    withTransaction: (work) => inTransaction(pool, (client) => work(transactionView(client))),
    onClient: transactionView,
  };
}
