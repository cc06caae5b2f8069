import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
  startRelay,
  trackRelayMetrics,
  type EventRegistry,
  type RelayHandle,
  type RelayStatus,
} from '@product-ledger/event-store';
import { KAFKA, metricsRegistry, PG_POOL, ReadinessChecks } from '@product-ledger/service-kit';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { eventStoreLogger } from './event-store-logger';
import type { EventStoreModuleOptions } from './event-store-module-options';
import { EVENT_REGISTRY, EVENT_STORE_OPTIONS } from './tokens';
import { topicOf } from './topic-of';

export const RELAY_READINESS_CHECK = 'event-relay';

/**
 * Publishes the service's committed events to Kafka (the core relay), from application bootstrap until
 * shutdown. Stopped in `beforeApplicationShutdown`, i.e. before the kit ends the pool.
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private handle?: RelayHandle;
  private untrackMetrics?: () => void;

  constructor(
    @Inject(EVENT_STORE_OPTIONS) private readonly options: EventStoreModuleOptions,
    @Inject(EVENT_REGISTRY) private readonly registry: EventRegistry,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly readiness: ReadinessChecks,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const settings = this.options.relay;
    if (!settings.enabled) return;
    const ownTopics = new Set(this.registry.types().map((type) => this.registry.topicOf(type)));
    this.handle = await startRelay({
      pool: this.pool,
      schema: this.options.schema,
      kafka: this.kafka,
      source: settings.source,
      topicFor: (event) => topicOf(this.registry, event),
      topics: [...ownTopics].filter((topic): topic is string => Boolean(topic)),
      partitions: settings.partitions,
      name: settings.name,
      batchSize: settings.batchSize,
      pollIntervalMs: settings.pollIntervalMs,
      logger: eventStoreLogger('EventRelay'),
    });
    // Served at /metrics: what the chart's relay-lag alert reads.
    this.untrackMetrics = trackRelayMetrics(metricsRegistry, () => this.handle?.status());
    this.readiness.registerReadinessCheck(RELAY_READINESS_CHECK, () => this.assertRunning());
  }

  /** Undefined when the relay is disabled. */
  status(): RelayStatus | undefined {
    return this.handle?.status();
  }

  /** Resolves once this instance holds the relay lock (tests, start-up logs). */
  async whenActive(): Promise<void> {
    await this.handle?.whenActive();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.untrackMetrics?.();
    await this.handle?.stop();
  }

  private assertRunning(): void {
    const status = this.handle?.status();
    // A standby is healthy: another instance publishes, this one takes over if it dies.
    if (status?.role === 'stopped')
      throw new Error(`relay ${status.name} stopped${status.lastError ? `: ${status.lastError}` : ''}`);
  }
}
