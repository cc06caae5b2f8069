import { Gauge, type Registry } from 'prom-client';
import type { PartitionLag } from './consumer.types';

/**
 * A `consumer_lag_messages{group,topic,partition}` gauge in `register`; pass the returned function as a
 * consumer's `onLag`. Calling it again with the same registry reuses the gauge.
 */
export function prometheusLagReporter(register: Registry): (lag: PartitionLag) => void {
  const name = 'consumer_lag_messages';
  const gauge =
    (register.getSingleMetric(name) as Gauge<'group' | 'topic' | 'partition'> | undefined) ??
    new Gauge({
      name,
      help: 'Messages on a partition not yet applied by the consumer group',
      labelNames: ['group', 'topic', 'partition'],
      registers: [register],
    });
  return (lag) => gauge.set({ group: lag.groupId, topic: lag.topic, partition: String(lag.partition) }, lag.lag);
}
