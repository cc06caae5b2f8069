/** Injection tokens of EventStoreModule. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const EVENT_REGISTRY = Symbol('EVENT_REGISTRY');
export const EVENT_STORE_OPTIONS = Symbol('EVENT_STORE_OPTIONS');
