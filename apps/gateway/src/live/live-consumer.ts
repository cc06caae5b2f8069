import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { backoffDelay } from '@product-ledger/event-store';
import { setTimeout as sleep } from 'node:timers/promises';
import { KAFKA, ReadinessChecks, ROOT_LOGGER, SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { Consumer, Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config';
import { toChangeNotice } from './change-notice';
import { NoticeFeed } from './notice-feed';

/**
 * Reads the public event topics for live notices. Every gateway instance has a consumer group of its own
 * (so each instance sees every event) and starts at the latest offsets: browsers want what happens from
 * now on, and load what came before through the APIs. The group is deleted again at shutdown.
 */
@Injectable()
export class LiveConsumer implements OnModuleInit, OnApplicationShutdown {
  readonly groupId: string;
  private readonly consumer: Consumer;
  private readonly topics: string[];
  private joined = false;
  private stopping = false;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) config: GatewayConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    private readonly feed: NoticeFeed,
    private readonly readiness: ReadinessChecks,
  ) {
    const host = os
      .hostname()
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .slice(0, 60);
    this.groupId = `${config.KAFKA_GROUP_PREFIX}.live.${host}.${randomBytes(3).toString('hex')}`;
    this.topics = config.LIVE_TOPICS.split(',');
    this.consumer = kafka.consumer({ groupId: this.groupId, allowAutoTopicCreation: false });
  }

  onModuleInit(): void {
    this.readiness.registerReadinessCheck('live-events', () => {
      if (!this.joined) throw new Error('the live-notice consumer has not joined its group yet');
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.joined = true;
    });
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      this.joined = false;
      this.logger.error({ err: event.payload.error }, 'live-notice consumer crashed');
    });
    // In the background: the gateway serves files and proxies while the broker (or a topic) is still
    // coming up; until then readiness says why.
    void this.startWhenPossible();
  }

  private async startWhenPossible(): Promise<void> {
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        await this.start();
        return;
      } catch (error) {
        this.logger.warn({ err: error, attempt }, 'live-notice consumer cannot start yet; retrying');
        await this.consumer.disconnect().catch(() => undefined);
        await sleep(backoffDelay(attempt, { baseDelayMs: 250, maxDelayMs: 10_000 }));
      }
    }
  }

  private async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: false });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const notice = toChangeNotice(topic, message);
        if (notice) this.feed.publish(notice);
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect().catch(() => undefined);
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([this.groupId]);
    } catch {
      // The broker expires an empty group by itself; deleting it early only tidies up.
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
