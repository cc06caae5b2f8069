import type { PoolClient } from 'pg';
import { backoffDelay, sleep, type RetryPolicy } from '../retry/backoff';
import type { IncomingMessage, MessagePublisher } from '../kafka/message-bus';
import type { UpcastChain } from '../reading/upcasting';
import type { EventRegistry } from '../store/event-registry';
import { advanceCheckpoint } from './checkpoints';
import type { ConsumedBatchHandler, ConsumedEvent, ConsumedEventHandler } from './consumer.types';
import { toDeadLetterMessage, type DeadLetter } from './dead-letter';
import { decodeEvent, UndecodableMessageError } from './decode-event';
import { markEventProcessed } from './processed-events';
import { isTransientDatabaseError } from './transient-errors';
import { contextOfTraceparent, inSpan, SpanKind } from '../tracing/spans';
import { spanContextOfTraceparent } from '@product-ledger/contracts';

export interface BatchContext {
  readonly schema: string;
  readonly groupId: string;
  readonly handler: ConsumedEventHandler;
  readonly batchHandler?: ConsumedBatchHandler;
  readonly registry?: EventRegistry;
  readonly upcast: UpcastChain;
  readonly dedupeByEventId: boolean;
  readonly retry: RetryPolicy;
  readonly dlqTopic: string;
  deadLetterPublisher(): Promise<MessagePublisher>;
  heartbeat(): Promise<void>;
}

/** Raised when the dead-letter topic cannot take a message: retry the batch, never drop the message. */
export class DeadLetterPublishError extends Error {
  override readonly name = 'DeadLetterPublishError';
}

export type BatchOutcome =
  | { readonly kind: 'committed'; readonly applied: number; readonly deadLettered: DeadLetter[] }
  | { readonly kind: 'fenced' };

/**
 * Applies messages of one partition and moves its checkpoint in one transaction. First optimistically
 * (no savepoints: the fast path for healthy batches; all events in one call when the consumer has a batch
 * handler, else one call per event); if a handler throws, the transaction is rolled back
 * and the batch runs again message by message under savepoints, retrying each failure with backoff and
 * dead-lettering what still fails. Dead letters are acknowledged by Kafka before the commit, so a crash in
 * between re-sends them rather than losing them. Transient database errors propagate: the batch is retried.
 */
export async function applyBatch(
  client: PoolClient,
  context: BatchContext,
  partition: { topic: string; partition: number },
  messages: readonly IncomingMessage[],
  previousCheckpoint: bigint | null,
): Promise<BatchOutcome> {
  const lastOffset = BigInt(messages[messages.length - 1].offset);
  const commit = async (applied: number, deadLettered: DeadLetter[]): Promise<BatchOutcome> => {
    const advanced = await advanceCheckpoint(
      client,
      context.schema,
      { groupId: context.groupId, ...partition },
      previousCheckpoint,
      lastOffset,
    );
    if (!advanced) {
      await client.query('ROLLBACK');
      return { kind: 'fenced' };
    }
    if (deadLettered.length > 0) {
      try {
        const publisher = await context.deadLetterPublisher();
        await publisher.publish(deadLettered.map((letter) => toDeadLetterMessage(letter, context.dlqTopic, context.groupId)));
      } catch (error) {
        throw new DeadLetterPublishError(`dead-letter topic ${context.dlqTopic} refused: ${(error as Error).message}`);
      }
    }
    await client.query('COMMIT');
    return { kind: 'committed', applied, deadLettered };
  };

  await client.query('BEGIN');
  try {
    const deadLettered: DeadLetter[] = [];
    const events: ConsumedEvent[] = [];
    for (const message of messages) {
      const event = decodeOrDeadLetter(message, context, deadLettered);
      if (event) events.push(event);
    }
    const applied = context.batchHandler
      ? await applyAll(client, context, context.batchHandler, events)
      : await applyEach(client, context, events);
    return await commit(applied, deadLettered);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (isTransientDatabaseError(error) || error instanceof DeadLetterPublishError) throw error;
  }

  await client.query('BEGIN');
  try {
    const deadLettered: DeadLetter[] = [];
    let applied = 0;
    for (const message of messages) {
      const event = decodeOrDeadLetter(message, context, deadLettered);
      if (!event) continue;
      const failure = await applyWithRetries(client, context, event);
      if (failure === undefined) applied++;
      else deadLettered.push({ message, reason: 'handler-failed', error: failure });
    }
    return await commit(applied, deadLettered);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function decodeOrDeadLetter(message: IncomingMessage, context: BatchContext, deadLettered: DeadLetter[]) {
  try {
    return decodeEvent(message, context.registry, context.upcast);
  } catch (error) {
    if (!(error instanceof UndecodableMessageError)) throw error;
    deadLettered.push({ message, reason: 'undecodable', error });
    return undefined;
  }
}

async function applyEach(client: PoolClient, context: BatchContext, events: readonly ConsumedEvent[]): Promise<number> {
  let applied = 0;
  for (const event of events) if (await apply(client, context, event)) applied++;
  return applied;
}

/** The batch handler gets the events not yet processed (with `dedupeByEventId`), in offset order. */
async function applyAll(
  client: PoolClient,
  context: BatchContext,
  batchHandler: ConsumedBatchHandler,
  events: readonly ConsumedEvent[],
): Promise<number> {
  const fresh: ConsumedEvent[] = [];
  for (const event of events) {
    if (context.dedupeByEventId) {
      const first = await markEventProcessed(client, { consumer: context.groupId, eventId: event.eventId, schema: context.schema });
      if (!first) continue;
    }
    fresh.push(event);
  }
  if (fresh.length > 0) {
    // One span for the set: in the first event's trace (as its context is), linked to every event's trace.
    const links = fresh.flatMap((event) => {
      const parent = spanContextOfTraceparent(event.metadata.traceparent);
      return parent ? [{ context: { ...parent, isRemote: true } }] : [];
    });
    await inSpan(
      `process ${context.groupId}`,
      {
        kind: SpanKind.CONSUMER,
        parent: contextOfTraceparent(fresh[0]!.metadata.traceparent),
        links,
        attributes: { ...processAttributes(context, fresh[0]!), 'messaging.batch.message_count': fresh.length },
      },
      () => batchHandler(fresh, client),
    );
  }
  return fresh.length;
}

function processAttributes(context: BatchContext, event: ConsumedEvent) {
  return {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.consumer.group.name': context.groupId,
    'messaging.destination.name': event.topic,
    'messaging.destination.partition.id': String(event.partition),
    'messaging.kafka.offset': Number(event.offset),
    'messaging.message.id': event.eventId,
    'product_ledger.event_type': event.type,
  };
}

async function apply(client: PoolClient, context: BatchContext, event: ConsumedEvent): Promise<boolean> {
  if (context.dedupeByEventId) {
    const first = await markEventProcessed(client, { consumer: context.groupId, eventId: event.eventId, schema: context.schema });
    if (!first) return false;
  }
  // The handler continues the trace of the message (the relay's publish span), so what it appends does too.
  await inSpan(
    `process ${context.groupId}`,
    { kind: SpanKind.CONSUMER, parent: contextOfTraceparent(event.metadata.traceparent), attributes: processAttributes(context, event) },
    () => context.handler(event, client),
  );
  return true;
}

/** Returns undefined when applied (or skipped as a duplicate), else the last error. */
async function applyWithRetries(
  client: PoolClient,
  context: BatchContext,
  event: ConsumedEvent,
): Promise<Error | undefined> {
  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= context.retry.attempts; attempt++) {
    await client.query('SAVEPOINT consumer_message');
    try {
      await apply(client, context, event);
      await client.query('RELEASE SAVEPOINT consumer_message');
      return undefined;
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      await client.query('ROLLBACK TO SAVEPOINT consumer_message');
      lastError = error instanceof Error ? error : new Error(String(error));
      if (attempt < context.retry.attempts) {
        await context.heartbeat().catch(() => undefined);
        await sleep(backoffDelay(attempt - 1, context.retry));
      }
    }
  }
  return lastError;
}
