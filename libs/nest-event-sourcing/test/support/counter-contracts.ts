import { defineEvent } from '@product-ledger/contracts';
import { z } from 'zod';

/** The counter's contracts on a topic unique to one test run. */
export function counterContracts(topic: string) {
  return [
    defineEvent({
      type: 'CounterOpened',
      schemaVersion: 1,
      topic,
      description: 'A counter was opened at 0.',
      schema: z.object({ counterId: z.uuid(), name: z.string().min(1) }),
    }),
    defineEvent({
      type: 'CounterIncremented',
      schemaVersion: 1,
      topic,
      description: 'A counter went up.',
      schema: z.object({ counterId: z.uuid(), by: z.number().int().positive() }),
    }),
    defineEvent({
      type: 'LargeIncrementNoticed',
      schemaVersion: 1,
      topic,
      description: 'A policy noticed an increment of 100 or more.',
      schema: z.object({ counterId: z.uuid(), by: z.number().int() }),
    }),
  ] as const;
}

export type CounterContracts = ReturnType<typeof counterContracts>;
