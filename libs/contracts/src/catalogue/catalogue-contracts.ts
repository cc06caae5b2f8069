import type { EventOf } from '../event-contract';
import { productContracts } from './product-events';
import { productLineContracts } from './product-line-events';

/** Every event the catalogue publishes, at every schema version (the relay and AsyncAPI read this list). */
export const catalogueContracts = [...productLineContracts, ...productContracts] as const;

/** An event on either catalogue topic, narrowed by `type`. */
export type CatalogueTopicEvent = EventOf<typeof catalogueContracts>;
