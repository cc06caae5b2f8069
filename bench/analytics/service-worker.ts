/**
 * Entry of a service process: receives `{ service, env }` over IPC, starts that service exactly as its
 * tests do (createServiceApp with the service's module, listening on a free port), replies with the port,
 * and closes the app (consumers, relay, pool) when told to stop. One process per service keeps the
 * services' event loops apart from the load the benchmark generates.
 */
import type { AddressInfo } from 'node:net';
import type { ServiceReply, ServiceRequest } from './service-messages';

async function start(request: ServiceRequest) {
  const { createServiceApp, parseConfig } = await import('@product-ledger/service-kit');
  if (request.service === 'analytics') {
    const { AnalyticsModule, analyticsConfigSchema } = await import('../../apps/analytics/src/index');
    const config = parseConfig(analyticsConfigSchema, request.env);
    return createServiceApp({ serviceName: 'analytics', module: AnalyticsModule.forRoot(config), config });
  }
  const { CatalogueModule, catalogueConfigSchema } = await import('../../apps/catalogue/src/index');
  const config = parseConfig(catalogueConfigSchema, request.env);
  return createServiceApp({ serviceName: 'catalogue', module: CatalogueModule.forRoot(config), config });
}

function reply(message: ServiceReply, then: () => void = () => undefined): void {
  process.send?.(message, then);
}

process.once('message', (request: ServiceRequest) => {
  start(request)
    .then(async (app) => {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      process.once('message', () => {
        app.close().then(
          () => reply({ kind: 'stopped' }, () => process.exit(0)),
          (error: Error) =>
            reply({ kind: 'failed', error: error.stack ?? String(error) }, () => process.exit(1)),
        );
      });
      reply({ kind: 'listening', port });
    })
    .catch((error: Error) =>
      reply({ kind: 'failed', error: error.stack ?? String(error) }, () => process.exit(1)),
    );
});

// The orchestrator went away (Ctrl-C, crash): do not linger holding the database and consumer groups.
process.on('disconnect', () => process.exit(1));
