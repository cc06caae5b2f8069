import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export interface OpenApiInfo {
  title?: string;
  description?: string;
  version?: string;
}

/** OpenAPI at /docs (UI) and /docs-json; every operation expects a bearer token unless public. */
export function setUpOpenApi(app: INestApplication, serviceName: string, info: OpenApiInfo = {}): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(info.title ?? `Product Ledger ${serviceName}`)
      .setDescription(info.description ?? `The ${serviceName} service of Product Ledger.`)
      .setVersion(info.version ?? '1.0.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
