import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signDevToken } from '../src/auth/sign-dev-token';
import { startTelemetry } from '../telemetry/src';
import { collect, freePort, runFixture } from './support/run-fixture';
import { postgresServerUrl } from './support/test-app';

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

describe('tracing', () => {
  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(startTelemetry('kit-test', {})).toBeUndefined();
  });

  describe('with an OTLP endpoint', () => {
    let collector: Server;
    const exports: string[] = [];

    beforeAll(async () => {
      // A stand-in OTLP/HTTP collector that records what the service exports.
      collector = createServer(async (request, response) => {
        exports.push(`${request.url} ${await readBody(request)}`);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
      await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));

    it('exports http and pg spans, and stamps the trace id in logs and the request context', async () => {
      const port = await freePort();
      const child = runFixture('traced-service.fixture.ts', {
        AUTH_MODE: 'development',
        PORT: String(port),
        DATABASE_URL: postgresServerUrl,
        KAFKA_BROKERS: process.env.KAFKA_BROKERS || '127.0.0.1:9092',
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      });
      const { exited, output } = collect(child);
      try {
        await waitUntil(() => output().includes('service-listening'), 'the service to listen');
        const base = `http://127.0.0.1:${port}`;
        const token = await signDevToken({ sub: 'alice', roles: ['viewer'] });
        const context = await (
          await fetch(`${base}/context`, { headers: { authorization: `Bearer ${token}` } })
        ).json();
        expect(context.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
        const traceId = context.traceparent.split('-')[1];

        expect((await fetch(`${base}/slow`)).status).toBe(200);

        child.kill('SIGTERM');
        const { code } = await exited;
        expect(code).toBe(0);

        const contextLog = output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line))
          .find((line) => line.req?.url === '/context');
        expect(contextLog).toMatchObject({ trace_id: traceId });

        const exported = exports.join('\n');
        expect(exported).toMatch(/^\/v1\/traces /);
        expect(exported).toContain('kit-traced');
        expect(exported).toContain(traceId);
        expect(exported).toMatch(/"name":"(pg\.query|SELECT)[^"]*"/);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited;
      }
    });
  });
});
