import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@product-ledger/contracts';
import type { Role } from '@product-ledger/service-kit';
import type { TestDatabase } from '@product-ledger/testing';
import { startTestService } from '@product-ledger/testing/service';
import { CatalogueModule } from '../src/catalogue.module';
import { catalogueConfigSchema, type CatalogueConfig } from '../src/config';

export interface CatalogueTestApp {
  readonly baseUrl: string;
  readonly db: TestDatabase;
  readonly config: CatalogueConfig;
  readonly app: NestExpressApplication;
  /** Bearer header for a token with these roles. */
  auth(...roles: Role[]): Promise<Record<string, string>>;
  /** Bearer header for a token of this subject with these roles. */
  authAs(subject: string, ...roles: Role[]): Promise<Record<string, string>>;
  /** Number of events in the service's store (the fuzz checks it stays put). */
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The catalogue as it runs in production (real Postgres, real Kafka), on a throwaway database, its own
 * topics and consumer groups, listening on a free port.
 */
export async function startCatalogue(): Promise<CatalogueTestApp> {
  const service = await startTestService({
    serviceName: 'catalogue',
    module: (config) => CatalogueModule.forRoot(config),
    configSchema: catalogueConfigSchema,
    env: (suffix) => ({
      CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
      CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${suffix}`,
      LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
      RELAY_PARTITIONS: '2',
    }),
    topics: (config) => ({
      [config.CATALOGUE_PRODUCT_TOPIC]: 2,
      [config.CATALOGUE_PRODUCT_LINE_TOPIC]: 2,
      [config.LIFECYCLE_TOPIC]: 2,
    }),
  });
  const { db } = service;
  return {
    baseUrl: service.baseUrl,
    db,
    config: service.config,
    app: service.app,
    auth: (...roles) => service.auth(roles),
    authAs: (subject, ...roles) => service.auth(roles, subject),
    async eventCount() {
      const result = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      return Number(result.rows[0]!.n);
    },
    stop: () => service.stop(),
  };
}
