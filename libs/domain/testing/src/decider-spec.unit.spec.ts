import { DomainError } from '../../src/domain-error';
import { counterDecider, CounterClosed } from './counter-decider';
import { deciderSpec, DeciderSpecError } from './decider-spec';

const spec = deciderSpec(counterDecider);
const incremented = (by: number) => ({ type: 'Incremented' as const, data: { by } });
const closed = { type: 'Closed' as const, data: {} };

describe('deciderSpec', () => {
  it('passes when the decided events match', () => {
    spec
      .given([incremented(2)])
      .when({ type: 'Increment', by: 3 })
      .then([incremented(3)]);
    spec.when({ type: 'Close' }).then([closed]);
    spec
      .given([incremented(1)])
      .when({ type: 'Touch' })
      .thenNothingHappened();
  });

  it('fails with both event lists when they differ', () => {
    expect(() => spec.when({ type: 'Increment', by: 3 }).then([incremented(4)])).toThrow(DeciderSpecError);
    expect(() => spec.when({ type: 'Increment', by: 3 }).then([incremented(4)])).toThrow(
      /expected: .*by: 4.*\n.*actual: .*by: 3/s,
    );
    expect(() => spec.when({ type: 'Increment', by: 3 }).then([])).toThrow(DeciderSpecError);
    expect(() => spec.when({ type: 'Close' }).thenNothingHappened()).toThrow(/expected no events/);
  });

  it('checks refusals by class or by code, and their details', () => {
    spec.given([closed]).when({ type: 'Increment', by: 1 }).thenThrows(CounterClosed);
    spec.given([closed]).when({ type: 'Increment', by: 1 }).thenThrows(DomainError);
    spec.given([closed]).when({ type: 'Increment', by: 1 }).thenThrows('counter.closed');
    spec
      .given([incremented(99)])
      .when({ type: 'Increment', by: 2 })
      .thenThrows('counter.ceiling', { value: 99 });

    expect(() =>
      spec
        .given([incremented(99)])
        .when({ type: 'Increment', by: 2 })
        .thenThrows('counter.ceiling', { value: 1 }),
    ).toThrow(/details differ/);
    expect(() =>
      spec.given([closed]).when({ type: 'Increment', by: 1 }).thenThrows('counter.ceiling'),
    ).toThrow(/expected an error with code 'counter.ceiling' but got CounterClosed \(counter.closed\)/);
    expect(() => spec.when({ type: 'Increment', by: 1 }).thenThrows(CounterClosed)).toThrow(
      /expected CounterClosed but the command decided/,
    );
    expect(() => spec.given([closed]).when({ type: 'Close' }).then([closed])).toThrow(
      /expected events but the command threw/,
    );
  });

  it('exposes the state after the decided events', () => {
    let seen: unknown;
    spec
      .given([incremented(5)])
      .when({ type: 'Increment', by: 2 })
      .thenState((state, events) => {
        seen = { state, events };
      });
    expect(seen).toEqual({ state: { value: 7, closed: false }, events: [incremented(2)] });
  });
});
