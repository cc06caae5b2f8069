import { analyticsContracts } from './analytics/metrics-ingest-events';
import { catalogueContracts } from './catalogue/catalogue-contracts';
import type { EventContract } from './event-contract';
import { lifecycleContracts } from './lifecycle/lifecycle-contracts';
import { requestsContracts } from './requests/request-events';

/** Every published event contract of every context: the AsyncAPI document and its test read this. */
export const allContracts: readonly EventContract[] = [
  ...catalogueContracts,
  ...lifecycleContracts,
  ...requestsContracts,
  ...analyticsContracts,
];
