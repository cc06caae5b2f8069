import { defineConsumer } from '../../src/consumers/consumer-definition';
import { defineProjection } from '../../src/consumers/projection-definition';
import { eventStoreSchema, migrationTimestamps } from '../../src/migrations/event-store-migrations';
import { sqlMigration } from '../../src/migrations/sql-migration';
import type { CounterContracts } from './counter-contracts';

/** The counter app's tables: the event store, then the read model. */
export const counterMigrations = [
  ...eventStoreSchema(),
  sqlMigration({
    name: 'Counters',
    timestamp: migrationTimestamps.readModel + 1,
    up: `CREATE TABLE counters (
      counter_id uuid PRIMARY KEY, name text NOT NULL, value integer NOT NULL, version integer NOT NULL)`,
    down: 'DROP TABLE counters',
  }),
];

/** The counters read model, fed from the counter topic. */
export function counterProjection(contracts: CounterContracts, groupId: string) {
  return defineProjection({
    name: 'counters',
    groupId,
    topics: [contracts[0].topic],
    contracts,
    async reset(client) {
      await client.query('TRUNCATE counters');
    },
    async handle(event, client) {
      const version = Number(event.headers['ce_streamversion']);
      if (event.type === 'CounterOpened') {
        const { data } = event;
        await client.query(
          `INSERT INTO counters (counter_id, name, value, version) VALUES ($1, $2, 0, $3) ON CONFLICT (counter_id) DO NOTHING`,
          [data.counterId, data.name, version],
        );
      } else if (event.type === 'CounterIncremented') {
        const { data } = event;
        // Exactly-once effect comes from the transactional checkpoint; the version guard is a second belt.
        await client.query(
          `UPDATE counters SET value = value + $2, version = $3 WHERE counter_id = $1 AND version < $3`,
          [data.counterId, data.by, version],
        );
      }
    },
  });
}

/** A policy: an increment of 100 or more is noticed on an audit stream, in the consumer's transaction. */
export function largeIncrementPolicy(contracts: CounterContracts, groupId: string) {
  return defineConsumer({
    name: 'large-increments',
    groupId,
    topics: [contracts[0].topic],
    contracts,
    async handle(event, _client, { tx }) {
      if (event.type !== 'CounterIncremented') return;
      const { data } = event;
      if (data.by < 100) return;
      await tx.append(`audit-${data.counterId}`, [{ type: 'LargeIncrementNoticed', data }], {
        expectedVersion: 'any',
      });
    },
  });
}
