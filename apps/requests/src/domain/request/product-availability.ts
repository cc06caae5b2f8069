/**
 * What a request command needs to know about a product, read by the handler from the local product read
 * model (built from catalogue and lifecycle events) inside the transaction that appends, so the decider
 * stays pure. `withdrawn`: the lifecycle withdrew it and the catalogue has not retired it yet.
 */
export type ProductAvailability = 'active' | 'retired' | 'withdrawn' | 'unknown';
