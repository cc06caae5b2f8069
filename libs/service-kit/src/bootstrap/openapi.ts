import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export interface OpenApiInfo {
  title?: string;
  description?: string;
  version?: string;
}

/** OpenAPI at /docs (UI) and /docs-json; every operation expects a bearer token unless public. */
export function setUpOpenApi(app: INestApplication, serviceName: string, info: OpenApiInfo = {}): void {
  SwaggerModule.setup('docs', app, openApiDocument(app, serviceName, info), { jsonDocumentUrl: 'docs-json' });
}

/**
 * The service's OpenAPI document, as /docs-json serves it. Also works on an app created with
 * `{ preview: true }` (no database, no broker), which is how the console exports the documents at build time.
 */
export function openApiDocument(app: INestApplication, serviceName: string, info: OpenApiInfo = {}): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(info.title ?? `Product Ledger ${serviceName}`)
      .setDescription(info.description ?? `The ${serviceName} service of Product Ledger.`)
      .setVersion(info.version ?? '1.0.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .addSecurityRequirements('bearer')
      .build(),
  );
}
