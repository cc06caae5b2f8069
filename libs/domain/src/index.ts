// Public face of @product-ledger/domain: what every service's domain is built from, with no dependency at
// all (no framework, no database, no broker), so a domain file that imports it stays pure.
export type { Decider, DomainEvent } from './decider';
export { DomainError, NotFoundError } from './domain-error';
export type { DomainErrorKind } from './domain-error';
export type { ProductStewards, Requester } from './access/product-stewards';
export {
  assertMayChangeProduct,
  assertMayChangeProductLine,
  assertMayDecideGate,
  isStewardOf,
  NotProductLineOwner,
  NotProductOwner,
  OwnGateDecision,
} from './access/product-access-rules';
