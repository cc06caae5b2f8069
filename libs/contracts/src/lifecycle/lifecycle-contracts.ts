import type { EventOf } from '../event-contract';
import { businessCaseContracts } from './business-case-events';
import { gateReviewContracts } from './gate-review-events';
import { lifecycleCoreContracts } from './lifecycle-events';
import { playbookContracts } from './playbook-events';
import { withdrawalContracts } from './withdrawal-events';

/** Every event the lifecycle service publishes, at every schema version (the relay and AsyncAPI read this list). */
export const lifecycleContracts = [
  ...lifecycleCoreContracts,
  ...gateReviewContracts,
  ...businessCaseContracts,
  ...withdrawalContracts,
  ...playbookContracts,
] as const;

/** An event on `lifecycle.lifecycle.v1`, narrowed by `type`. */
export type LifecycleTopicEvent = EventOf<typeof lifecycleContracts>;
