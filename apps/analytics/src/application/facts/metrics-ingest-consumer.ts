import { defineConsumer, type ConsumerDefinition } from '@product-ledger/nest-event-sourcing';
import type { AnalyticsTopics } from '../../config';
import { readFact } from '../../domain/facts/read-fact';
import { applyFacts } from './apply-facts';

/** A message on the ingest topic that is not a fact analytics can take: it goes to the dead-letter topic. */
export class UnacceptableFactMessage extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnacceptableFactMessage';
  }
}

/**
 * Facts from integrations over Kafka (`analytics.metrics-ingest.v1`, ce_type MetricFactReported). The
 * consumer runner checks each message against the contract (a mismatch or a message that is not a
 * CloudEvent goes to `<group>.dlq` with the reason) and applies the rest in the batch's transaction, with the
 * same classification as `POST /facts`: a redelivered message is a duplicate, a changed one a correction.
 */
export function metricsIngestConsumer(groupPrefix: string, topics: AnalyticsTopics): ConsumerDefinition {
  return defineConsumer({
    name: 'metrics-ingest',
    groupId: `${groupPrefix}.metrics-ingest`,
    topics: [topics.metricsIngest],
    handle: async (event, client) => {
      if (event.type !== 'MetricFactReported')
        throw new UnacceptableFactMessage(`${event.type} is not a fact`);
      const reading = readFact(event.data);
      if (!reading.ok) throw new UnacceptableFactMessage(reading.reason);
      await applyFacts(client, [reading.fact], 'kafka');
    },
  });
}
