// The console's typed API clients come from the services' own OpenAPI documents. Each service's Nest app
// is created in preview mode (its controllers and DTOs, no database, no broker), its document taken as
// /docs-json would serve it, and turned into TypeScript by openapi-typescript.
import { NestFactory } from '@nestjs/core';
import { openApiDocument } from '@product-ledger/service-kit';
import openapiTS, { astToString } from 'openapi-typescript';
/* eslint-disable @nx/enforce-module-boundaries -- a build tool reads the services' public faces, as the deployment checks do */
import * as analytics from '../../analytics/src/index';
import * as catalogue from '../../catalogue/src/index';
import * as lifecycle from '../../lifecycle/src/index';
import * as requests from '../../requests/src/index';
/* eslint-enable @nx/enforce-module-boundaries */

export const apiServices = ['catalogue', 'lifecycle', 'requests', 'analytics'] as const;
export type ApiService = (typeof apiServices)[number];

// Preview mode verifies no token: development auth lets the config load without token settings.
const rootModules = {
  catalogue: () => catalogue.CatalogueModule.forRoot(catalogue.loadCatalogueConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'development' })),
  lifecycle: () => lifecycle.LifecycleModule.forRoot(lifecycle.loadLifecycleConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'development' })),
  requests: () => requests.RequestsModule.forRoot(requests.loadRequestsConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'development' })),
  analytics: () => analytics.AnalyticsModule.forRoot(analytics.loadAnalyticsConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'development' })),
};

const HEADER =
  "// Generated from the service's OpenAPI document by `npm run console:api-types`. Do not edit.\n";

/** The TypeScript source of one service's API types. */
export async function apiTypesSource(service: ApiService): Promise<string> {
  const app = await NestFactory.create(rootModules[service](), { preview: true, logger: false });
  try {
    const document = openApiDocument(app, service);
    const ast = await openapiTS(document as never, { rootTypes: false, alphabetize: true });
    return `${HEADER}${astToString(ast)}`;
  } finally {
    await app.close();
  }
}

export function apiTypesFile(service: ApiService): string {
  return `${__dirname}/../src/lib/api/generated/${service}.ts`;
}
