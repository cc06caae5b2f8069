import { catalogueContracts, lifecycleContracts, requestsContracts } from '@product-ledger/contracts';
import type { ConsumedEventOf } from '@product-ledger/nest-event-sourcing';

/** What the portfolio reads: the catalogue's, the lifecycle's and the requests' events. */
export const portfolioContracts = [...catalogueContracts, ...lifecycleContracts, ...requestsContracts] as const;

/** An event of the portfolio's topics, narrowed by `type` (event types are unique across contexts). */
export type PortfolioEvent = ConsumedEventOf<typeof portfolioContracts>;
