import { allContracts } from '@product-ledger/contracts';
import { encodeCloudEvent } from '@product-ledger/event-store';
import { testKafka } from '@product-ledger/testing';
import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';

export interface TestEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** Stream id = Kafka key. */
  readonly streamId: string;
  /** When it happened in its service (ce_time). */
  readonly at: string;
}

/**
 * Produces events the way the other services' relays do (CloudEvents binary headers via the event store's
 * own encoder, key = stream id), after checking each against its published contract, so a test cannot feed
 * analytics an event the real services would never send.
 */
export async function eventProducer() {
  const producer: Producer = testKafka('analytics-test-producer').producer({
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  const versions = new Map<string, number>();
  return {
    async send(topic: string, events: readonly TestEvent[]): Promise<void> {
      const messages = events.map((event) => {
        const contract = allContracts.find((candidate) => candidate.type === event.type);
        if (!contract) throw new Error(`no contract for ${event.type}`);
        const data = contract.schema.parse(event.data);
        const streamVersion = (versions.get(event.streamId) ?? 0) + 1;
        versions.set(event.streamId, streamVersion);
        const message = encodeCloudEvent(
          {
            streamId: event.streamId,
            streamVersion,
            globalPosition: '0',
            transactionId: '0',
            eventId: randomUUID(),
            type: event.type,
            schemaVersion: contract.schemaVersion,
            data,
            metadata: {},
            recordedAt: new Date(event.at),
          },
          topic,
          'product-ledger/analytics-test',
        );
        return { key: message.key, value: message.value, headers: message.headers };
      });
      await producer.send({ topic, acks: -1, messages });
    },
    async sendRaw(
      topic: string,
      messages: { key: string | null; value: string | null; headers?: Record<string, string> }[],
    ) {
      await producer.send({ topic, acks: -1, messages });
    },
    stop: () => producer.disconnect(),
  };
}
