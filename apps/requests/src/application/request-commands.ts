import type { ExpectedVersion } from '@product-ledger/event-store';
import type { MergeInput } from './run-merge';
import type { RequestInput } from './run-request-command';

/** Bus command: run one request command (If-Match version, when the client sent one). */
export class ExecuteRequestCommand {
  constructor(
    readonly input: RequestInput,
    readonly expectedVersion?: ExpectedVersion,
  ) {}
}

/** Bus command: merge a duplicate into a primary. */
export class MergeDuplicateRequest {
  constructor(
    readonly input: MergeInput,
    readonly expectedVersion?: ExpectedVersion,
  ) {}
}
