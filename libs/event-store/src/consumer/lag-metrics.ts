import { Counter, Gauge, type Registry } from 'prom-client';
import type { DeadLetterReport, PartitionLag } from './consumer.types';

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

/**
 * A `consumer_dead_letters_total{group,topic,reason}` counter in `register` (messages a consumer group sent
 * to its dead-letter topic); pass the returned function as a consumer's `onDeadLetter`.
 */
export function prometheusDeadLetterReporter(register: Registry): (letter: DeadLetterReport) => void {
  const name = 'consumer_dead_letters_total';
  const counter =
    (register.getSingleMetric(name) as Counter<'group' | 'topic' | 'reason'> | undefined) ??
    new Counter({
      name,
      help: 'Messages a consumer group sent to its dead-letter topic, by original topic and reason',
      labelNames: ['group', 'topic', 'reason'],
      registers: [register],
    });
  return (letter) => counter.inc({ group: letter.groupId, topic: letter.topic, reason: letter.reason });
}
