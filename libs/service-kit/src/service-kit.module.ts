import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { CommercialDataInterceptor } from './auth/commercial-data';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { ServiceConfig } from './config/service-config';
import { RequestContextMiddleware } from './context/request-context.middleware';
import { ProblemFilter } from './errors/problem.filter';
import { HealthController } from './health/health.controller';
import { KafkaReadiness } from './health/kafka-readiness';
import { PostgresReadiness } from './health/postgres-readiness';
import { ReadinessChecks } from './health/readiness-checks';
import { createKafka } from './kafka/create-kafka';
import { httpLoggingParams } from './logging/http-logging';
import { createRootLogger } from './logging/root-logger';
import { writeRateLimit } from './http/write-rate-limit';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { metricsRegistry } from './metrics/metrics-registry';
import { createPool } from './postgres/create-pool';
import { PoolCloser } from './postgres/pool-closer';
import { KAFKA, PG_POOL, ROOT_LOGGER, SERVICE_CONFIG, SERVICE_NAME } from './tokens';
import { createValidationPipe } from './validation/validation-pipe';

export interface ServiceKitOptions<Config extends ServiceConfig = ServiceConfig> {
  serviceName: string;
  /** The parsed config (`loadServiceConfig(...)`); injectable as SERVICE_CONFIG. */
  config: Config;
  /**
   * false for a service that keeps no database (the gateway): PG_POOL is null, no pool is opened and
   * readiness checks the broker only. Default true.
   */
  database?: boolean;
}

/**
 * Everything a service shares: config, pool, Kafka client, logging, health, metrics, and the global
 * auth guard, problem+json filter and validation pipe. Import once, in the service's root module.
 */
@Global()
@Module({})
export class ServiceKitModule implements NestModule {
  static forRoot<Config extends ServiceConfig>({
    serviceName,
    config,
    database = true,
  }: ServiceKitOptions<Config>): DynamicModule {
    const logger = createRootLogger(serviceName, config.LOG_LEVEL);
    metricsRegistry.setDefaultLabels({ service: serviceName });
    const rateLimit = writeRateLimit(config);
    return {
      module: ServiceKitModule,
      global: true,
      imports: [
        LoggerModule.forRoot(httpLoggingParams(logger)),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        ...rateLimit.imports,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: serviceName },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: PG_POOL, useFactory: () => (database ? createPool(config, logger) : null) },
        { provide: KAFKA, useFactory: () => createKafka(serviceName, config, logger) },
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(config) },
        PoolCloser,
        PostgresReadiness,
        KafkaReadiness,
        ReadinessChecks,
        // Guards run in this order: the rate limit counts by the subject the auth guard found.
        { provide: APP_GUARD, useClass: AuthGuard },
        ...rateLimit.providers,
        { provide: APP_INTERCEPTOR, useClass: CommercialDataInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [SERVICE_NAME, SERVICE_CONFIG, ROOT_LOGGER, PG_POOL, KAFKA, ReadinessChecks],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware, HttpMetricsMiddleware).forRoutes('{*path}');
  }
}
