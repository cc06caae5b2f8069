import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * Stops the service in the order that loses no work: stop accepting connections and let in-flight
 * requests finish, then run Nest's hooks (consumers and producers stop, the pool ends last).
 * Nest's own `app.close()` runs `onModuleDestroy` before it closes the HTTP server, which would pull the
 * pool from under requests still running, hence the explicit first step.
 */
export async function shutdownGracefully(app: INestApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  if (server.listening) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive connections with no request in flight would hold close() open.
      server.closeIdleConnections();
    });
  }
  await app.close();
}
