import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { ServiceConfig } from '../config/service-config';
import { createKafka } from '../kafka/create-kafka';
import { ROOT_LOGGER, SERVICE_CONFIG, SERVICE_NAME } from '../tokens';

/** Ready when the broker answers a metadata request; one admin connection is kept between probes. */
@Injectable()
export class KafkaReadiness implements OnApplicationShutdown {
  private readonly kafka: Kafka;
  private admin?: Promise<Admin>;

  constructor(
    @Inject(SERVICE_NAME) serviceName: string,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    // Its own client without retries: kafkajs retries the connection of every client made from the
    // shared one for half a minute, and a probe should report the broker's state now.
    this.kafka = createKafka(serviceName, config, logger, { retries: 0 });
  }

  async check(): Promise<void> {
    try {
      const admin = await this.connectedAdmin();
      await admin.describeCluster();
    } catch (error) {
      await this.dropAdmin();
      throw error;
    }
  }

  /** Called when a probe timed out, so the next probe starts from a fresh connection. */
  async reset(): Promise<void> {
    await this.dropAdmin();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dropAdmin();
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })();
    return this.admin;
  }

  private async dropAdmin(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.then((connected) => connected.disconnect()).catch(() => undefined);
  }
}
