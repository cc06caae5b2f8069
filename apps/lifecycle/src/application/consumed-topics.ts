import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { kafkajsMessageBus } from '@product-ledger/event-store';
import { KAFKA, SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { Kafka } from 'kafkajs';
import type { LifecycleConfig } from '../config';

/**
 * Makes sure the topics the service consumes exist before its consumers subscribe (they start at
 * application bootstrap, after every onModuleInit). Without it the lifecycle service could not start
 * before the catalogue ever published: subscribing to a missing topic fails. Created like the relay
 * creates topics: the configured partitions, kept forever.
 */
@Injectable()
export class ConsumedTopics implements OnModuleInit {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly config: LifecycleConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await kafkajsMessageBus(this.kafka).ensureTopics(
      [
        this.config.CATALOGUE_PRODUCT_TOPIC,
        this.config.CATALOGUE_PRODUCT_LINE_TOPIC,
        this.config.LIFECYCLE_TOPIC,
      ].map((topic) => ({
        topic,
        partitions: this.config.RELAY_PARTITIONS,
        config: { 'retention.ms': '-1' },
      })),
    );
  }
}
