import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  prometheusDeadLetterReporter,
  prometheusLagReporter,
  startConsumer,
  type ConsumerHandle,
  type ConsumerStatus,
  type EventRegistry,
  type EventStore,
} from '@product-ledger/event-store';
import { KAFKA, metricsRegistry, PG_POOL, ReadinessChecks } from '@product-ledger/service-kit';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { eventStoreLogger } from '../module/event-store-logger';
import type { EventStoreModuleOptions } from '../module/event-store-module-options';
import { EVENT_REGISTRY, EVENT_STORE, EVENT_STORE_OPTIONS } from '../module/tokens';
import { inBatchContext, inEventContext } from './in-event-context';
import type { ProcessorDefinition } from './projection-definition';

export const consumerReadinessCheck = (name: string): string => `consumer:${name}`;

/**
 * Runs every projection and consumer of the service on the core consumer runner (after the service's
 * migrations, which the event store waits for): each handler runs in its batch's transaction and in the
 * event's context. Stopped in
 * `beforeApplicationShutdown`, before the kit ends the pool.
 */
@Injectable()
export class EventConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly definitions: ReadonlyMap<string, ProcessorDefinition>;
  private readonly running = new Map<string, ConsumerHandle>();
  /** Consumers between stop and start on purpose (a rebuild): not a readiness failure. */
  private readonly restarting = new Set<string>();

  constructor(
    @Inject(EVENT_STORE_OPTIONS) private readonly options: EventStoreModuleOptions,
    @Inject(EVENT_REGISTRY) private readonly registry: EventRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly readiness: ReadinessChecks,
    private readonly moduleRef: ModuleRef,
  ) {
    this.definitions = indexByName([...(options.projections ?? []), ...(options.consumers ?? [])]);
    for (const definition of this.definitions.values()) assertRegistered(definition, registry);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const definition of this.definitions.values()) {
      await this.start(definition);
      this.readiness.registerReadinessCheck(consumerReadinessCheck(definition.name), () =>
        this.assertRunning(definition.name),
      );
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.running.values()].map((handle) => handle.stop()));
  }

  definition(name: string): ProcessorDefinition {
    const definition = this.definitions.get(name);
    if (!definition) {
      throw new Error(
        `no projection or consumer named ${name}; known: ${[...this.definitions.keys()].join(', ') || '(none)'}`,
      );
    }
    return definition;
  }

  /**
   * Stops one consumer, runs `meanwhile` (e.g. a reset of its tables and checkpoints) and starts it again,
   * so it resumes from whatever the checkpoints say then, without waiting for a new message to notice.
   */
  async restart(name: string, meanwhile: () => Promise<void>): Promise<void> {
    const definition = this.definition(name);
    this.restarting.add(name);
    try {
      await this.running.get(name)?.stop();
      await meanwhile();
      await this.start(definition);
    } finally {
      this.restarting.delete(name);
    }
  }

  names(): string[] {
    return [...this.definitions.keys()];
  }

  statuses(): ConsumerStatus[] {
    return [...this.running.values()].map((handle) => handle.status());
  }

  status(name: string): ConsumerStatus | undefined {
    return this.running.get(name)?.status();
  }

  private async start(definition: ProcessorDefinition): Promise<void> {
    const context = { store: this.store, moduleRef: this.moduleRef };
    const handle = await startConsumer({
      kafka: this.kafka,
      pool: this.pool,
      schema: this.options.schema,
      groupId: definition.groupId,
      topics: definition.topics,
      fromBeginning: definition.fromBeginning,
      retry: definition.retry,
      dlqTopic: definition.dlqTopic,
      dedupeByEventId: definition.dedupeByEventId,
      registry: this.registry,
      upcasters: this.options.upcasters,
      logger: eventStoreLogger(`Consumer ${definition.name}`),
      // Served at /metrics: what the chart's consumer-lag and DLQ alerts read.
      onLag: prometheusLagReporter(metricsRegistry),
      onDeadLetter: prometheusDeadLetterReporter(metricsRegistry),
      handler: (event, client) =>
        inEventContext(definition.name, event, () =>
          definition.handle(event, client, { ...context, tx: this.store.onClient(client) }),
        ),
      batchHandler:
        definition.kind === 'consumer' && definition.handleBatch
          ? (events, client) =>
              inBatchContext(definition.name, events, () =>
                definition.handleBatch!(events, client, { ...context, tx: this.store.onClient(client) }),
              )
          : undefined,
    });
    this.running.set(definition.name, handle);
  }

  private assertRunning(name: string): void {
    if (this.restarting.has(name)) return;
    const status = this.running.get(name)?.status();
    if (!status) throw new Error(`consumer ${name} is not running`);
    if (status.state === 'crashed' || status.state === 'stopped') {
      throw new Error(`consumer ${name} ${status.state}${status.lastError ? `: ${status.lastError}` : ''}`);
    }
  }
}

/**
 * The runner checks every consumed event against the service's registry before a handler sees it: a
 * consumer's contracts must be registered there (the same schemas), so what `ConsumedEventOf` says is true.
 */
function assertRegistered(definition: ProcessorDefinition, registry: EventRegistry): void {
  for (const contract of definition.contracts ?? []) {
    if (registry.at(contract.type, contract.schemaVersion)?.schema !== contract.schema) {
      throw new Error(
        `${definition.name} reads ${contract.type} v${contract.schemaVersion}, which the service's contracts do not register`,
      );
    }
  }
}

function indexByName(definitions: readonly ProcessorDefinition[]): ReadonlyMap<string, ProcessorDefinition> {
  const byName = new Map<string, ProcessorDefinition>();
  const groups = new Set<string>();
  for (const definition of definitions) {
    if (byName.has(definition.name))
      throw new Error(`two projections or consumers are named ${definition.name}`);
    // A shared group would share checkpoints: each would see only part of the events.
    if (groups.has(definition.groupId))
      throw new Error(`two projections or consumers use group ${definition.groupId}`);
    byName.set(definition.name, definition);
    groups.add(definition.groupId);
  }
  return byName;
}
