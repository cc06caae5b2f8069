import { playbookStreamId } from '@product-ledger/contracts';
import { defineCommand } from '@product-ledger/event-store';
import { playbookDecider, type PlaybookCommand } from '../../domain/playbook/playbook-decider';

/** The organisation's playbook: one stream, replaced as a whole by an admin. */
export const playbookCommand = defineCommand({
  decider: playbookDecider,
  streamId: (_command: PlaybookCommand) => playbookStreamId,
});
