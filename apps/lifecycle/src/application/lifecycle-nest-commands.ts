import type { Playbook } from '@product-ledger/contracts';
import type { ExpectedVersion } from '@product-ledger/event-store';
import type { LifecycleRequest } from './run-lifecycle-command';

/** The command bus messages of the service. `expectedVersion` comes from `If-Match`. */
export class ExecuteLifecycleCommand {
  constructor(
    readonly request: LifecycleRequest,
    readonly expectedVersion?: ExpectedVersion,
  ) {}
}

export class ReplacePlaybookCommand {
  constructor(
    readonly playbook: Playbook,
    readonly actor: string,
    readonly at: string,
    readonly expectedVersion?: ExpectedVersion,
  ) {}
}
