import type { EventContract, EventOf } from '@product-ledger/contracts';
import type { ConsumedEvent } from '@product-ledger/event-store';

/**
 * A consumed event of one of `Contracts`, narrowed by `type`: in `switch (event.type)` each case has its
 * contract's data. `ConsumedEventOf<typeof productContracts>` for a consumer of the catalogue's product topic.
 */
export type ConsumedEventOf<Contracts extends readonly EventContract[]> = ConsumedEvent & EventOf<Contracts>;

/**
 * Which consumed events a consumer reads: those whose type one of its contracts names. The consumer runner
 * has checked every event's data against the service's contract of its type and version before (and
 * dead-lettered a mismatch; `EventConsumers` refuses a consumer whose contracts the service does not
 * register), so an event that passes is what its type says. An event of a type the consumer reads but at a
 * schema version it does not throws (retried, then dead-lettered) rather than being read in the wrong shape.
 */
export function eventsOf<const Contracts extends readonly EventContract[]>(
  consumer: string,
  contracts: Contracts,
): (event: ConsumedEvent) => event is ConsumedEventOf<Contracts> {
  const versions = new Map<string, number[]>();
  for (const contract of contracts) {
    versions.set(contract.type, [...(versions.get(contract.type) ?? []), contract.schemaVersion]);
  }
  return (event): event is ConsumedEventOf<Contracts> => {
    const read = versions.get(event.type);
    if (!read) return false;
    if (!read.includes(event.schemaVersion)) {
      throw new Error(`${consumer} reads ${event.type} v${read.join(', v')}, not v${event.schemaVersion}`);
    }
    return true;
  };
}
