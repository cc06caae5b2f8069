import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@product-ledger/contracts';
import type { Role } from '@product-ledger/service-kit';
import type { TestDatabase } from '@product-ledger/testing';
import { startTestService } from '@product-ledger/testing/service';
import { AnalyticsModule } from '../src/analytics.module';
import {
  analyticsConfigSchema,
  analyticsTopicsOf,
  type AnalyticsConfig,
  type AnalyticsTopics,
} from '../src/config';

export interface AnalyticsTestApp {
  readonly baseUrl: string;
  readonly db: TestDatabase;
  readonly config: AnalyticsConfig;
  readonly topics: AnalyticsTopics;
  readonly app: NestExpressApplication;
  auth(...roles: Role[]): Promise<Record<string, string>>;
  /** Bearer header for a token of this subject with these roles. */
  authAs(subject: string, ...roles: Role[]): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Analytics as it runs in production (real Postgres, real Kafka) on a throwaway database, with topics and
 * consumer groups of its own for this run, listening on a free port. `env` overrides variables (limits).
 */
export async function startAnalytics(env: Record<string, string> = {}): Promise<AnalyticsTestApp> {
  const service = await startTestService({
    serviceName: 'analytics',
    module: (config) => AnalyticsModule.forRoot(config),
    configSchema: analyticsConfigSchema,
    env: (suffix) => ({
      CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${suffix}`,
      CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
      LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
      REQUESTS_TOPIC: `${Topics.requests}.${suffix}`,
      METRICS_INGEST_TOPIC: `${Topics.analyticsMetricsIngest}.${suffix}`,
      ...env,
    }),
    topics: (config) =>
      Object.fromEntries(Object.values(analyticsTopicsOf(config)).map((topic) => [topic, 2])),
  });
  return {
    baseUrl: service.baseUrl,
    db: service.db,
    config: service.config,
    topics: analyticsTopicsOf(service.config),
    app: service.app,
    auth: (...roles) => service.auth(roles),
    authAs: (subject, ...roles) => service.auth(roles, subject),
    stop: () => service.stop(),
  };
}
