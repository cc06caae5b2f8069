import type { ConsumedEvent } from '@product-ledger/event-store';
import { defineConsumer, type ConsumerDefinition } from '@product-ledger/nest-event-sourcing';
import type { MetricFact } from '@product-ledger/contracts';
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
 * Facts from integrations over Kafka (`analytics.metrics-ingest.v1`, ce_type MetricFactReported). Each
 * Kafka batch's facts go through one `applyFacts` in the batch's transaction (one lock, one lookup, one
 * write and one rollup refresh for all of them), with the same classification as `POST /facts`: a
 * redelivered message is a duplicate, a changed one a correction. A message that is not a CloudEvent or not
 * a fact fails the batch: the runner then applies the batch message by message, so that message goes to
 * `<group>.dlq` with the reason and the others are still applied, each once.
 */
export function metricsIngestConsumer(groupPrefix: string, topics: AnalyticsTopics): ConsumerDefinition {
  return defineConsumer({
    name: 'metrics-ingest',
    groupId: `${groupPrefix}.metrics-ingest`,
    topics: [topics.metricsIngest],
    handleBatch: async (events, client) => {
      await applyFacts(client, events.map(factOfMessage), 'kafka');
    },
  });
}

function factOfMessage(event: ConsumedEvent): MetricFact {
  if (event.type !== 'MetricFactReported') throw new UnacceptableFactMessage(`${event.type} is not a fact`);
  const reading = readFact(event.data);
  if (!reading.ok) throw new UnacceptableFactMessage(reading.reason);
  return reading.fact;
}
