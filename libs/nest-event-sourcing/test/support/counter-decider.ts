import { DomainError, NotFoundError, type Decider } from '@product-ledger/domain';

/** A deliberately tiny aggregate: a named counter that only goes up. */
export type CounterEvent =
  | { type: 'CounterOpened'; data: { counterId: string; name: string } }
  | { type: 'CounterIncremented'; data: { counterId: string; by: number } };

export type CounterCommand =
  | { type: 'OpenCounter'; counterId: string; name: string }
  | { type: 'IncrementCounter'; counterId: string; by: number };

export interface CounterState {
  readonly opened: boolean;
  readonly value: number;
}

export const counterDecider: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: () => ({ opened: false, value: 0 }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenCounter':
        if (state.opened)
          throw new DomainError('counter.exists', `counter ${command.counterId} exists`, 'conflict');
        return [{ type: 'CounterOpened', data: { counterId: command.counterId, name: command.name } }];
      case 'IncrementCounter':
        if (!state.opened) throw new NotFoundError('counter', command.counterId);
        if (command.by <= 0) throw new DomainError('counter.goes_up_only', 'a counter only goes up');
        return [{ type: 'CounterIncremented', data: { counterId: command.counterId, by: command.by } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CounterOpened':
        return { opened: true, value: 0 };
      case 'CounterIncremented':
        return { ...state, value: state.value + event.data.by };
    }
  },
};
