import { isDeepStrictEqual, inspect } from 'node:util';
import type { Decider, DomainEvent } from '../../src/decider';

/** A failed given/when/then expectation; test runners show its message. */
export class DeciderSpecError extends Error {
  override readonly name = 'DeciderSpecError';
}

type ErrorClass = abstract new (...args: never[]) => Error;

export interface DeciderSpecWhen<Event extends DomainEvent, State> {
  /** The command decided exactly these events (compared by type and data, in order). */
  then(expected: readonly Event[]): void;
  /** The command decided nothing. */
  thenNothingHappened(): void;
  /**
   * The command was refused with this error: a class (checked with instanceof) or a stable `code`
   * (e.g. 'product.retired'); `details` are compared when given.
   */
  thenThrows(expected: ErrorClass | string, details?: Record<string, unknown>): void;
  /** The state after the decided events, for assertions of your own. */
  thenState(check: (state: State, events: readonly Event[]) => void): void;
}

export interface DeciderSpec<Command, Event extends DomainEvent, State> {
  given(events: readonly Event[]): { when(command: Command): DeciderSpecWhen<Event, State> };
  when(command: Command): DeciderSpecWhen<Event, State>;
}

/**
 * Given/when/then for deciders, without any test framework:
 * `deciderSpec(product).given([registered]).when(retire).then([retired])`.
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
): DeciderSpec<Command, Event, State> {
  const whenFrom =
    (history: readonly Event[]) =>
    (command: Command): DeciderSpecWhen<Event, State> => {
      const state = history.reduce((s: State, e) => decider.evolve(s, e), decider.initialState());
      const run = (): { events: Event[] } | { error: unknown } => {
        try {
          return { events: decider.decide(command, state) };
        } catch (error) {
          return { error };
        }
      };
      const decided = (): Event[] => {
        const outcome = run();
        if ('error' in outcome) {
          throw new DeciderSpecError(`expected events but the command threw ${describe(outcome.error)}`);
        }
        return outcome.events;
      };
      return {
        then(expected) {
          const actual = decided().map(({ type, data }) => ({ type, data }));
          const wanted = expected.map(({ type, data }) => ({ type, data }));
          if (!isDeepStrictEqual(actual, wanted)) {
            throw new DeciderSpecError(
              `decided events differ\nexpected: ${show(wanted)}\nactual:   ${show(actual)}`,
            );
          }
        },
        thenNothingHappened() {
          const actual = decided();
          if (actual.length > 0) throw new DeciderSpecError(`expected no events, decided ${show(actual)}`);
        },
        thenThrows(expected, details) {
          const outcome = run();
          if (!('error' in outcome)) {
            throw new DeciderSpecError(
              `expected ${label(expected)} but the command decided ${show(outcome.events)}`,
            );
          }
          const error = outcome.error as { code?: unknown; details?: Record<string, unknown> };
          const matches =
            typeof expected === 'string' ? error?.code === expected : outcome.error instanceof expected;
          if (!matches)
            throw new DeciderSpecError(`expected ${label(expected)} but got ${describe(outcome.error)}`);
          if (details) {
            const actualDetails = Object.fromEntries(
              Object.keys(details).map((key) => [key, error.details?.[key]]),
            );
            if (!isDeepStrictEqual(actualDetails, details)) {
              throw new DeciderSpecError(
                `error details differ\nexpected: ${show(details)}\nactual:   ${show(actualDetails)}`,
              );
            }
          }
        },
        thenState(check) {
          const events = decided();
          check(
            events.reduce((s: State, e) => decider.evolve(s, e), state),
            events,
          );
        },
      };
    };
  return { given: (events) => ({ when: whenFrom(events) }), when: whenFrom([]) };
}

function show(value: unknown): string {
  return inspect(value, { depth: 8, breakLength: 120 });
}

function label(expected: ErrorClass | string): string {
  return typeof expected === 'string' ? `an error with code '${expected}'` : expected.name;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${code ? ` (${String(code)})` : ''}: ${error.message}`;
  }
  return show(error);
}
