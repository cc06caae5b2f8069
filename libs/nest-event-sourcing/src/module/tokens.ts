/** Injection tokens of EventStoreModule. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const EVENT_REGISTRY = Symbol('EVENT_REGISTRY');
export const EVENT_STORE_OPTIONS = Symbol('EVENT_STORE_OPTIONS');
/** The service's TypeORM data source (`ServiceDataSource`), migrated; also provided as TypeORM's `DataSource`. */
export const SERVICE_DATA_SOURCE = Symbol('SERVICE_DATA_SOURCE');
