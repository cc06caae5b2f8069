import { DomainError } from '@product-ledger/domain';
import { defineCommand } from '@product-ledger/event-store';
import { counterDecider, type CounterCommand } from './counter-decider';

/** Opens a counter under a unique name, reserved in the same transaction as the events (as the catalogue does for codes). */
export const openCounter = defineCommand({
  decider: counterDecider,
  streamId: (command: Extract<CounterCommand, { type: 'OpenCounter' }>) => command.counterId,
  async afterAppend(outcome, tx) {
    for (const opened of outcome.events) {
      if (opened.type !== 'CounterOpened') continue;
      const reserved = await tx.client.query(
        'INSERT INTO counter_names (name, counter_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [opened.data.name, outcome.streamId],
      );
      if (reserved.rowCount === 0) {
        throw new DomainError('counter.name_taken', `a counter named ${opened.data.name} exists`, 'conflict');
      }
    }
  },
});

export const incrementCounter = defineCommand({
  decider: counterDecider,
  streamId: (command: Extract<CounterCommand, { type: 'IncrementCounter' }>) => command.counterId,
});
