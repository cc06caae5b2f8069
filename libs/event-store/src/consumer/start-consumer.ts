import { checkOut } from '../checked-out-client';
import { toMessageBus } from '../kafka/kafkajs-message-bus';
import type {
  BatchControl,
  IncomingBatch,
  MessagePublisher,
  PartitionOffset,
  TopicPartition,
} from '../kafka/message-bus';
import { silentLogger } from '../logger';
import { consumerRetry, retryPolicy } from '../retry/backoff';
import { createUpcastChain } from '../reading/upcasting';
import { applyBatch, type BatchContext } from './apply-batch';
import { loadCheckpoints, partitionKey } from './checkpoints';
import type { ConsumerHandle, ConsumerOptions, ConsumerStatus, PartitionLag } from './consumer.types';

/** Kafka's committed offsets are only a hint for lag tools; written at most this often. */
const COMMIT_HINT_INTERVAL_MS = 5000;

interface PartitionPosition {
  /** Offset of the next message to apply. */
  next: bigint;
  /** What the checkpoint row holds (null = no row), for the conditional update. */
  stored: bigint | null;
  /** A forward jump was already answered with a seek; a second one is a real gap in the log. */
  seekedForGap: boolean;
}

/**
 * Runs a consumer group whose progress lives in PostgreSQL: each batch's effects and its checkpoint
 * commit together, and every (re)assignment resumes from those checkpoints.
 */
export async function startConsumer(options: ConsumerOptions): Promise<ConsumerHandle> {
  const schema = options.schema ?? 'public';
  const { groupId, pool } = options;
  const logger = options.logger ?? silentLogger;
  const bus = toMessageBus(options.kafka, logger);
  const dlqTopic = options.dlqTopic ?? `${groupId}.dlq`;
  const fromBeginning = options.fromBeginning ?? true;
  const keepForever = { 'retention.ms': '-1' };
  await bus.ensureTopics([
    ...options.topics.map((topic) => ({ topic, partitions: options.partitions ?? 3, config: keepForever })),
    { topic: dlqTopic, partitions: 1, config: keepForever },
  ]);

  const positions = new Map<string, PartitionPosition>();
  const lags = new Map<string, PartitionLag>();
  let state: ConsumerStatus['state'] = 'starting';
  let appliedTotal = 0;
  let deadLetteredTotal = 0;
  let lastError: string | undefined;
  let lastHintAt = Date.now();
  let deadLetterPublisher: Promise<MessagePublisher> | undefined;

  type TopicOffsets = Awaited<ReturnType<typeof bus.offsets>>;
  /** One admin round per topic and assignment, not one per partition without a checkpoint. */
  const offsetsOnce = (): ((topic: string) => Promise<TopicOffsets>) => {
    const fetched = new Map<string, Promise<TopicOffsets>>();
    return (topic) => {
      let offsets = fetched.get(topic);
      if (!offsets) {
        offsets = bus.offsets(topic);
        fetched.set(topic, offsets);
      }
      return offsets;
    };
  };

  const startPosition = async (
    tp: TopicPartition,
    checkpoint: bigint | undefined,
    offsetsOf: (topic: string) => Promise<TopicOffsets>,
  ): Promise<PartitionPosition> => {
    if (checkpoint !== undefined && checkpoint >= 0n)
      return { next: checkpoint + 1n, stored: checkpoint, seekedForGap: false };
    const offsets = await offsetsOf(tp.topic);
    const edge = offsets.find((o) => o.partition === tp.partition);
    const next = BigInt((fromBeginning ? edge?.low : edge?.high) ?? '0');
    return { next, stored: checkpoint ?? null, seekedForGap: false };
  };

  const resume = async (partitions: readonly TopicPartition[]): Promise<PartitionOffset[]> => {
    const checkpoints = await loadCheckpoints(pool, schema, groupId);
    positions.clear();
    const resumed: PartitionOffset[] = [];
    const offsetsOf = offsetsOnce();
    for (const tp of partitions) {
      const position = await startPosition(
        tp,
        checkpoints.get(partitionKey(tp.topic, tp.partition)),
        offsetsOf,
      );
      positions.set(partitionKey(tp.topic, tp.partition), position);
      resumed.push({ ...tp, offset: position.next.toString() });
    }
    logger.info({ groupId, resumed }, 'consumer resuming from checkpoints');
    return resumed;
  };

  const reloadPartition = async (tp: TopicPartition): Promise<PartitionPosition> => {
    const checkpoints = await loadCheckpoints(pool, schema, groupId);
    const position = await startPosition(
      tp,
      checkpoints.get(partitionKey(tp.topic, tp.partition)),
      offsetsOnce(),
    );
    positions.set(partitionKey(tp.topic, tp.partition), position);
    return position;
  };

  const context: BatchContext = {
    schema,
    groupId,
    handler: options.handler,
    batchHandler: options.batchHandler,
    registry: options.registry,
    upcast: createUpcastChain(options.upcasters),
    dedupeByEventId: options.dedupeByEventId ?? false,
    retry: retryPolicy(consumerRetry, options.retry),
    dlqTopic,
    deadLetterPublisher: () => (deadLetterPublisher ??= bus.publisher({ idempotent: true })),
    heartbeat: async () => undefined,
  };

  const reportLag = (batch: IncomingBatch, next: bigint): void => {
    const lag: PartitionLag = {
      groupId,
      topic: batch.topic,
      partition: batch.partition,
      lag: Math.max(0, Number(BigInt(batch.highWatermark) - next)),
    };
    lags.set(partitionKey(batch.topic, batch.partition), lag);
    options.onLag?.(lag);
  };

  const eachBatch = async (batch: IncomingBatch, control: BatchControl): Promise<void> => {
    const tp = { topic: batch.topic, partition: batch.partition };
    const position = positions.get(partitionKey(tp.topic, tp.partition)) ?? (await reloadPartition(tp));
    if (!control.isActive()) {
      control.seek({ ...tp, offset: position.next.toString() });
      return;
    }
    const messages = batch.messages.filter((message) => BigInt(message.offset) >= position.next);
    if (messages.length === 0) {
      // A batch fetched from before the checkpoint (e.g. Kafka's own offsets lag behind): skip to it.
      if (batch.messages.length > 0) control.seek({ ...tp, offset: position.next.toString() });
      reportLag(batch, position.next);
      return;
    }
    if (BigInt(messages[0].offset) > position.next && !position.seekedForGap) {
      position.seekedForGap = true;
      control.seek({ ...tp, offset: position.next.toString() });
      return;
    }
    const { client, release } = await checkOut(pool);
    let outcome;
    try {
      outcome = await applyBatch(
        client,
        { ...context, heartbeat: control.heartbeat },
        tp,
        messages,
        position.stored,
      );
      release();
    } catch (error) {
      lastError = (error as Error).message;
      logger.error({ err: error, groupId, ...tp }, 'consumer batch failed; it will be retried');
      release(error as Error);
      throw error;
    }
    if (outcome.kind === 'fenced') {
      const reloaded = await reloadPartition(tp);
      logger.warn(
        { groupId, ...tp, next: reloaded.next.toString() },
        'checkpoint moved under the consumer (reset?); resuming from it',
      );
      control.seek({ ...tp, offset: reloaded.next.toString() });
      return;
    }
    const last = BigInt(messages[messages.length - 1].offset);
    position.next = last + 1n;
    position.stored = last;
    position.seekedForGap = false;
    appliedTotal += outcome.applied;
    deadLetteredTotal += outcome.deadLettered.length;
    for (const letter of outcome.deadLettered) {
      logger.warn(
        { groupId, ...tp, offset: letter.message.offset, reason: letter.reason, err: letter.error },
        `message sent to ${dlqTopic}`,
      );
      options.onDeadLetter?.({ groupId, ...tp, offset: letter.message.offset, reason: letter.reason });
    }
    reportLag(batch, position.next);
    if (Date.now() - lastHintAt > COMMIT_HINT_INTERVAL_MS) {
      lastHintAt = Date.now();
      const hints = [...positions].map(([key, p]) => {
        const [topic, partition] = key.split('\u0000');
        return { topic, partition: Number(partition), offset: p.next.toString() };
      });
      subscription.commitHint(hints).catch(() => undefined);
    }
  };

  const subscription = await bus.subscribe({
    groupId,
    topics: options.topics,
    onAssigned: resume,
    eachBatch,
    onCrash: (error) => {
      state = 'crashed';
      lastError = error.message;
      logger.error({ err: error, groupId }, 'consumer crashed');
    },
  });
  state = 'running';

  // An idle consumer gets no batches, so it would not notice a reset by itself: look now and then.
  let checking = false;
  const resetWatch = setInterval(() => {
    if (checking || state !== 'running') return;
    checking = true;
    followResets()
      .catch((error: Error) =>
        logger.warn({ err: error, groupId }, 'could not check checkpoints for a reset'),
      )
      .finally(() => (checking = false));
  }, options.resetCheckIntervalMs ?? 2000);
  resetWatch.unref();

  async function followResets(): Promise<void> {
    const checkpoints = await loadCheckpoints(pool, schema, groupId);
    for (const [key, position] of [...positions]) {
      const stored = checkpoints.get(key) ?? null;
      if (stored === position.stored) continue;
      const [topic, partition] = key.split('\u0000');
      const tp = { topic, partition: Number(partition) };
      const reloaded = await reloadPartition(tp);
      logger.info(
        { groupId, ...tp, next: reloaded.next.toString() },
        'checkpoint changed (projection reset?); seeking',
      );
      subscription.seek({ ...tp, offset: reloaded.next.toString() });
    }
  }

  return {
    status: () => ({
      groupId,
      state,
      partitions: [...lags.values()],
      appliedTotal,
      deadLetteredTotal,
      lastError,
    }),
    stop: async () => {
      if (state === 'stopped') return;
      clearInterval(resetWatch);
      await subscription.stop();
      state = 'stopped';
      const publisher = deadLetterPublisher;
      deadLetterPublisher = undefined;
      if (publisher) await (await publisher).close().catch(() => undefined);
    },
  };
}
