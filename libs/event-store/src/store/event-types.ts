/**
 * The shapes that cross the event store's boundary. Positions and transaction ids are bigints in
 * PostgreSQL; they travel as decimal strings so no precision is lost in JavaScript.
 */

/** Who and what caused an event; filled from the request context by the store's metadata provider. */
export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  actor?: string;
  /** W3C trace context of the request that appended the event. */
  traceparent?: string;
  [key: string]: unknown;
}

/** An event the caller wants to append. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  /** Defaults to a random UUID; pass one to make a retried append idempotent. */
  readonly eventId?: string;
  /** Defaults to the registry's current version of the type, or 1 without a registry. */
  readonly schemaVersion?: number;
  /** Merged over the provider's metadata (these keys win). */
  readonly metadata?: EventMetadata;
}

/** An event as stored (and, after upcasting, as read). */
export interface StoredEvent<Type extends string = string, Data = unknown> {
  readonly streamId: string;
  /** 1 for the first event of a stream. */
  readonly streamVersion: number;
  readonly globalPosition: string;
  readonly transactionId: string;
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

/** A union of domain events as stored: each member keeps its own `type` with its own `data`, so `switch (event.type)` narrows. */
export type StoredEventOf<Event extends { readonly type: string; readonly data: unknown }> = Event extends unknown
  ? StoredEvent<Event['type'], Event['data']>
  : never;

/**
 * What the caller believes about the stream. A number is the stream's current version (its last event's
 * `streamVersion`; 0 means the stream has no events, the same as 'no_stream').
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

/** A position in the gap-free global order: (transaction id, global position), both bigint strings. */
export interface Checkpoint {
  readonly transactionId: string;
  readonly position: string;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as the next expected version (and as the ETag). */
  readonly nextExpectedVersion: number;
  readonly lastGlobalPosition: string;
  readonly events: StoredEvent[];
}

export interface ReadAllResult {
  readonly events: StoredEvent[];
  /** Where the next call continues; the input checkpoint when nothing new was committed. */
  readonly checkpoint: Checkpoint | null;
}
