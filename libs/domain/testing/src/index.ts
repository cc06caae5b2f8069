// @product-ledger/domain/testing: given/when/then for deciders, and a tiny sample decider for the libraries'
// own tests. Test code only: the build leaves `testing/` folders out of dist and the images.
export { deciderSpec, DeciderSpecError } from './decider-spec';
export type { DeciderSpec, DeciderSpecWhen } from './decider-spec';
export { counterDecider, CounterClosed } from './counter-decider';
export type { CounterCommand, CounterEvent, CounterState } from './counter-decider';
