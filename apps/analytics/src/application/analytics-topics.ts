import type { Provider } from '@nestjs/common';
import { kafkajsMessageBus } from '@product-ledger/event-store';
import { KAFKA, SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { Kafka } from 'kafkajs';
import { analyticsTopicsOf, type AnalyticsConfig } from '../config';

/**
 * Resolves once every topic analytics reads exists. Analytics owns the ingest topic (nobody else creates
 * it); the other contexts' relays create theirs, but analytics may start first, and a consumer cannot join
 * a topic that does not exist. Created like the relays do (kept forever); existing topics are left alone.
 */
export const ANALYTICS_TOPICS = Symbol('ANALYTICS_TOPICS');

export const analyticsTopicsProvider: Provider = {
  provide: ANALYTICS_TOPICS,
  useFactory: async (kafka: Kafka, config: AnalyticsConfig) => {
    const topics = Object.values(analyticsTopicsOf(config));
    await kafkajsMessageBus(kafka).ensureTopics(
      topics.map((topic) => ({
        topic,
        partitions: config.TOPIC_PARTITIONS,
        config: { 'retention.ms': '-1' },
      })),
    );
    return topics;
  },
  inject: [KAFKA, SERVICE_CONFIG],
};
