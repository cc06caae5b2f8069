/**
 * The small port through which the relay and the consumer runner talk to Kafka, so another client can
 * replace kafkajs without touching services. `kafkajsMessageBus` adapts a kafkajs `Kafka`.
 */

export interface TopicSpec {
  readonly topic: string;
  readonly partitions: number;
  /** Topic configs, e.g. { 'retention.ms': '-1' }. */
  readonly config?: Record<string, string>;
}

export interface OutgoingMessage {
  readonly topic: string;
  readonly key: string | null;
  readonly value: string | Buffer | null;
  readonly headers: Record<string, string>;
}

/** Sends messages; resolves only once the broker acknowledged every one of them (acks = all). */
export interface MessagePublisher {
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

export interface IncomingMessage {
  readonly topic: string;
  readonly partition: number;
  /** Kafka offset as a decimal string. */
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
  /** Broker or producer timestamp (ms since epoch, as a string). */
  readonly timestamp: string;
}

export interface IncomingBatch {
  readonly topic: string;
  readonly partition: number;
  readonly messages: readonly IncomingMessage[];
  /** Offset of the next message the partition will get (its end offset). */
  readonly highWatermark: string;
}

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

export interface PartitionOffset extends TopicPartition {
  /** Offset of the next message to read. */
  readonly offset: string;
}

export interface BatchControl {
  /** False once the subscription is stopping or the partition was revoked: stop work on the batch. */
  isActive(): boolean;
  /** Keeps the group membership alive during long batches. */
  heartbeat(): Promise<void>;
  /** Moves the partition's read position (the next fetch starts there). */
  seek(position: PartitionOffset): void;
}

export interface SubscribeOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /**
   * Called after every (re)assignment, before a batch of the assigned partitions is handled: returns where
   * each partition resumes (the store's checkpoints are the source of truth, not Kafka's committed offsets).
   */
  onAssigned(partitions: readonly TopicPartition[]): Promise<PartitionOffset[]>;
  eachBatch(batch: IncomingBatch, control: BatchControl): Promise<void>;
  /** The consumer stopped on an error it will not recover from by itself. */
  onCrash?(error: Error): void;
}

export interface Subscription {
  stop(): Promise<void>;
  /** Moves an assigned partition's read position from outside a batch (e.g. after a projection reset). */
  seek(position: PartitionOffset): void;
  /** Best-effort: tell Kafka how far the group got, for lag-based tools (KEDA). Not the checkpoint. */
  commitHint(positions: readonly PartitionOffset[]): Promise<void>;
}

export interface MessageBus {
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  publisher(options: { idempotent: boolean; clientId?: string }): Promise<MessagePublisher>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** First and end offsets of every partition of a topic. */
  offsets(topic: string): Promise<Array<{ partition: number; low: string; high: string }>>;
}
