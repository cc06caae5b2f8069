import type { Decider } from '../../src/decider';
import { DomainError } from '../../src/domain-error';

/** A tiny aggregate for the library's own tests: a counter with a ceiling that can be closed. */
export type CounterCommand = { type: 'Increment'; by: number } | { type: 'Close' } | { type: 'Touch' };

export type CounterEvent =
  | { type: 'Incremented'; data: { by: number } }
  | { type: 'Closed'; data: Record<string, never> };

export interface CounterState {
  value: number;
  closed: boolean;
}

export class CounterClosed extends DomainError {
  constructor() {
    super('counter.closed', 'the counter is closed');
  }
}

export const counterDecider: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: () => ({ value: 0, closed: false }),
  decide(command, state) {
    if (command.type === 'Touch') return [];
    if (state.closed) throw new CounterClosed();
    if (command.type === 'Close') return [{ type: 'Closed', data: {} }];
    if (state.value + command.by > 100) {
      throw new DomainError('counter.ceiling', 'the counter would pass 100', 'rule-broken', {
        value: state.value,
      });
    }
    return [{ type: 'Incremented', data: { by: command.by } }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'Incremented':
        return { ...state, value: state.value + event.data.by };
      case 'Closed':
        return { ...state, closed: true };
    }
  },
};
