import { Kafka, RetryOptions } from 'kafkajs';
import type { Logger } from 'pino';
import { ServiceConfig } from '../config/service-config';
import { kafkaLogCreator, kafkaLogLevel } from './kafka-log-creator';

/** The service's kafkajs client; producers, consumers and admins are made from it where needed. */
export function createKafka(
  serviceName: string,
  config: ServiceConfig,
  logger: Logger,
  retry?: RetryOptions,
): Kafka {
  return new Kafka({
    retry,
    clientId: config.KAFKA_CLIENT_ID ?? serviceName,
    brokers: config.KAFKA_BROKERS.split(','),
    logLevel: kafkaLogLevel(config.LOG_LEVEL),
    logCreator: kafkaLogCreator(logger),
  });
}
