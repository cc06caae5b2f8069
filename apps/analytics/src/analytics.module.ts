import { Module, type DynamicModule } from '@nestjs/common';
import {
  analyticsContracts,
  catalogueContracts,
  lifecycleContracts,
  requestsContracts,
} from '@product-ledger/contracts';
import { EventStoreModule } from '@product-ledger/nest-event-sourcing';
import { productStewardsProjection } from '@product-ledger/product-access';
import { ServiceKitModule } from '@product-ledger/service-kit';
import { FactsBodyStreaming } from './api/facts/facts-body-streaming';
import { FactsController } from './api/facts/facts.controller';
import { ProjectionsController } from './api/projections/projections.controller';
import { ReportsController } from './api/reports/reports.controller';
import { CsvNegotiation } from './api/csv/csv-report';
import { analyticsTopicsProvider } from './application/analytics-topics';
import { metricsIngestConsumer } from './application/facts/metrics-ingest-consumer';
import { ProjectionRebuilds } from './application/rebuilds/projection-rebuilds';
import { analyticsTopicsOf, type AnalyticsConfig } from './config';
import { businessCasesProjection } from './projections/business-cases/business-cases-projection';
import { lifecycleFlowProjection } from './projections/lifecycle-flow/lifecycle-flow-projection';
import { portfolioProjection } from './projections/portfolio/portfolio-projection';
import { requestDemandProjection } from './projections/request-demand/request-demand-projection';
import { analyticsSchema, rebuildDerivedTables } from './persistence/analytics-schema';

/**
 * The analytics service: in-life fact ingest (HTTP and Kafka), read models built from every context's
 * topics, the analysts' query API and projection rebuilds. It appends no events of its own (no relay).
 */
@Module({})
export class AnalyticsModule {
  static forRoot(config: AnalyticsConfig): DynamicModule {
    const topics = analyticsTopicsOf(config);
    const prefix = config.KAFKA_GROUP_PREFIX;
    return {
      module: AnalyticsModule,
      imports: [
        ServiceKitModule.forRoot({ serviceName: 'analytics', config }),
        EventStoreModule.forRoot({
          migrations: analyticsSchema,
          afterMigrations: rebuildDerivedTables,
          // Everything analytics consumes: the consumer runner checks each message against its contract.
          contracts: [
            ...catalogueContracts,
            ...lifecycleContracts,
            ...requestsContracts,
            ...analyticsContracts,
          ],
          relay: { enabled: false, source: 'product-ledger/analytics' },
          projections: [
            portfolioProjection(prefix, topics),
            lifecycleFlowProjection(prefix, topics),
            requestDemandProjection(prefix, topics),
            businessCasesProjection(prefix, topics),
            // Who owns or takes part in which product, for `mine=true`.
            productStewardsProjection({
              groupId: `${prefix}.product-stewards`,
              productTopic: topics.catalogueProduct,
              productLineTopic: topics.catalogueProductLine,
            }),
          ],
          consumers: [metricsIngestConsumer(prefix, topics)],
        }),
      ],
      controllers: [FactsController, ReportsController, ProjectionsController],
      providers: [
        analyticsTopicsProvider,
        FactsBodyStreaming,
        CsvNegotiation,
        ProjectionRebuilds,
      ],
    };
  }
}
