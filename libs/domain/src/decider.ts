/**
 * A decider is an aggregate as three pure functions: no I/O, no framework.
 * `decide` turns a command and the current state into the events that happened (or throws a DomainError),
 * `evolve` folds one event into the state, `initialState` is the state of a stream that does not exist yet.
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}
