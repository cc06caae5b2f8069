import { playbookStreamId } from '@product-ledger/contracts';
import { loadAggregate, type StreamReader } from '@product-ledger/event-store';
import type { PlaybookInForce } from '../../domain/lifecycle/lifecycle-commands';
import { playbookDecider } from '../../domain/playbook/playbook-decider';

/** The playbook as of now: the default until an admin replaced it. */
export async function playbookInForce(streams: StreamReader): Promise<PlaybookInForce & { version: number }> {
  const { state, version } = await loadAggregate(streams, playbookStreamId, playbookDecider);
  return { playbook: state.playbook, revision: state.revision, version };
}
