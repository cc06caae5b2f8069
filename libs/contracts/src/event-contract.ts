import type { z } from 'zod';

/**
 * One event type at one schema version: its name, the topic it is published to, and the runtime schema
 * of its `data`. Appends and consumers check events against it.
 */
export interface EventContract<Type extends string = string, Schema extends z.ZodType = z.ZodType> {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly topic: string;
  readonly schema: Schema;
  readonly description: string;
}

export function defineEvent<Type extends string, Schema extends z.ZodType>(
  contract: EventContract<Type, Schema>,
): EventContract<Type, Schema> {
  return contract;
}

export type EventData<C extends EventContract> = z.infer<C['schema']>;

/**
 * The events of a set of contracts as one union discriminated by `type`:
 * `EventOf<typeof productContracts>` is `{ type: 'ProductRegistered'; data: EventData<typeof ProductRegisteredV1> }
 * | { type: 'ProductRenamed'; ... } | ...`, so `switch (event.type)` gives each case its contract's data.
 */
export type EventOf<Contracts extends readonly EventContract[]> = EventOfContract<Contracts[number]>;

/** One contract's event (distributes over a union of contracts). */
export type EventOfContract<C extends EventContract> =
  C extends EventContract<infer Type> ? { readonly type: Type; readonly data: EventData<C> } : never;
