import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevToken } from '@product-ledger/service-kit';
import { createTestTopics, testKafka, uniqueName, waitFor } from '@product-ledger/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventStreamReader } from './support/event-stream-reader';
import { closedPort, startFakeUpstream } from './support/fake-upstream';
import { startTestGateway } from './support/test-gateway';

// The gateway against a real broker: the proxy in front of a recording stand-in service (and a port with
// nothing behind it), the console's files from a folder, and live notices from test topics of this run.

const suffix = uniqueName('gw');
const productTopic = `catalogue.product.v1.${suffix}`;
const lineTopic = `catalogue.product-line.v1.${suffix}`;
const kafka = testKafka('gateway-test');
const cleanups: (() => Promise<unknown>)[] = [];
let gateway: { baseUrl: string; app: NestExpressApplication };
let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
let producer: Producer;
let releaseStream: () => void = () => undefined;
let consoleDir: string;

beforeAll(async () => {
  cleanups.push(await createTestTopics(kafka, [productTopic, lineTopic], 2));
  upstream = await startFakeUpstream((request, response) => {
    if (request.url.startsWith('/products/invalid')) {
      response.writeHead(422, { 'content-type': 'application/problem+json', etag: '"7"' });
      response.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Unprocessable',
          status: 422,
          errors: [{ path: 'name', message: 'too long' }],
        }),
      );
    } else if (request.url === '/slow') {
      // Answers nothing: the gateway's timeout must.
    } else if (request.url === '/stream') {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write('code,name\n');
      releaseStream = () => response.end('P-1,Widget\n');
    } else {
      response.writeHead(201, { 'content-type': 'application/json', etag: '"3"', 'x-total': '1' });
      response.end(JSON.stringify({ echoed: request.body }));
    }
  });
  cleanups.push(() => upstream.stop());
  consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-'));
  fs.mkdirSync(path.join(consoleDir, 'assets'));
  fs.writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>Product Ledger</title>');
  fs.writeFileSync(path.join(consoleDir, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
  cleanups.push(async () => fs.rmSync(consoleDir, { recursive: true, force: true }));
  gateway = await startTestGateway({
    CATALOGUE_URL: upstream.url,
    LIFECYCLE_URL: `http://127.0.0.1:${await closedPort()}`,
    REQUESTS_URL: upstream.url,
    PROXY_TIMEOUT_MS: '500',
    CONSOLE_DIR: consoleDir,
    LIVE_TOPICS: `${productTopic},${lineTopic}`,
    LIVE_HEARTBEAT_MS: '200',
    KAFKA_GROUP_PREFIX: `gateway-${suffix}`,
  });
  cleanups.push(() => gateway.app.close());
  producer = kafka.producer();
  await producer.connect();
  cleanups.push(() => producer.disconnect());
  await waitFor(async () => (await fetch(`${gateway.baseUrl}/health/ready`)).ok, {
    description: 'the gateway to be ready',
  });
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

const url = (p: string) => `${gateway.baseUrl}${p}`;

describe('the proxy', () => {
  it('passes method, path, query, headers and the exact body on, and status and headers back', async () => {
    const response = await fetch(url('/api/catalogue/products?limit=5'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-match': '"2"', authorization: 'Bearer abc' },
      body: '{"name": "not reformatted" ',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"3"');
    expect(response.headers.get('x-total')).toBe('1');
    expect(await response.json()).toEqual({ echoed: '{"name": "not reformatted" ' });
    const seen = upstream.requests.at(-1)!;
    expect(seen).toMatchObject({ method: 'POST', url: '/products?limit=5' });
    expect(seen.headers).toMatchObject({ 'if-match': '"2"', authorization: 'Bearer abc' });
    expect(seen.headers['x-request-id']).toBe(response.headers.get('x-request-id'));
  });

  it('names the service in Host and the caller in X-Forwarded-*, and counts the call in /metrics', async () => {
    await (await fetch(url('/api/catalogue/products'))).arrayBuffer();
    const seen = upstream.requests.at(-1)!;
    expect(seen.headers.host).toBe(new URL(upstream.url).host);
    expect(seen.headers).toMatchObject({
      'x-forwarded-for': expect.stringMatching(/127\.0\.0\.1/),
      'x-forwarded-proto': 'http',
      'x-forwarded-host': new URL(gateway.baseUrl).host,
    });
    const metrics = await (await fetch(url('/metrics'))).text();
    expect(metrics).toMatch(
      /http_server_request_duration_seconds_count\{[^}]*route="\/api\/catalogue\/\*"[^}]*\} [1-9]/,
    );
  });

  it('passes problem+json through as the service wrote it', async () => {
    const response = await fetch(url('/api/requests/products/invalid'));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).errors).toEqual([{ path: 'name', message: 'too long' }]);
  });

  it('streams: the first part arrives before the service has finished', async () => {
    const response = await fetch(url('/api/catalogue/stream'));
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('code,name\n');
    releaseStream();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe('P-1,Widget\n');
  });

  it('answers 502 problem+json when a service is down', async () => {
    const response = await fetch(url('/api/lifecycle/lifecycles'));
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      detail: expect.stringContaining('lifecycle'),
    });
  });

  it('answers 504 problem+json when a service stays silent past the timeout', async () => {
    const response = await fetch(url('/api/catalogue/slow'));
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ status: 504, instance: '/api/catalogue/slow' });
  });
});

describe('the console files', () => {
  it('serves index.html for client routes, never cached', async () => {
    for (const route of ['/', '/portfolio', '/products/42/history?raw=1']) {
      const response = await fetch(url(route));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>Product Ledger</title>');
    }
  });

  it('serves hashed assets with a long immutable cache, and 404 for a missing one', async () => {
    const asset = await fetch(url('/assets/index-3f9a1c.js'));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(url('/assets/index-000000.js'))).status).toBe(404);
  });

  it('does not shadow the gateway own paths', async () => {
    expect((await fetch(url('/health/live'))).status).toBe(200);
    const unknownApi = await fetch(url('/api/nowhere'));
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('sign-in support', () => {
  it('publishes the auth mode and version in /config.json', async () => {
    const response = await fetch(url('/config.json'));
    expect(await response.json()).toEqual({
      authMode: 'development',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it('mints a dev token the gateway itself accepts, and refuses unknown roles', async () => {
    const minted = await fetch(url('/auth/dev-token'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice', roles: ['product_manager'] }),
    });
    expect(minted.status).toBe(200);
    const { token, subject } = await minted.json();
    expect(subject).toBe('alice');
    const events = await fetch(url('/api/events'), { headers: { authorization: `Bearer ${token}` } });
    expect(events.status).toBe(200);
    await events.body!.cancel();

    const refused = await fetch(url('/auth/dev-token'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice', roles: ['wizard'] }),
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].path).toBe('roles');
  });

  it('has no dev-token endpoint in production mode', async () => {
    const production = await startTestGateway({
      AUTH_MODE: 'production',
      // Production mode refuses to start without real token settings (the services fail closed too).
      AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-bytes',
      OIDC_ISSUER: 'https://id.example.com/',
      OIDC_CLIENT_ID: 'console',
      LIVE_TOPICS: productTopic,
      KAFKA_GROUP_PREFIX: `gateway-prod-${suffix}`,
      CONSOLE_DIR: consoleDir,
    });
    try {
      const response = await fetch(`${production.baseUrl}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'mallory', roles: ['admin'] }),
      });
      expect(response.status).toBe(404);
      expect(await (await fetch(`${production.baseUrl}/config.json`)).json()).toMatchObject({
        authMode: 'production',
        oidc: { issuer: 'https://id.example.com/', clientId: 'console', scope: 'openid profile' },
      });
    } finally {
      await production.app.close();
    }
  });
});

describe('live change notices', () => {
  const auth = async () => ({
    authorization: `Bearer ${await signDevToken({ sub: 'viewer-1', roles: ['viewer'] })}`,
  });

  async function openStream(headers: Record<string, string> = {}) {
    const response = await fetch(url('/api/events'), { headers: { ...(await auth()), ...headers } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    return eventStreamReader(response.body!);
  }

  async function publishProductEvent(productId: string): Promise<void> {
    await producer.send({
      topic: productTopic,
      messages: [
        {
          key: productId,
          value: JSON.stringify({ productId, name: 'Renamed' }),
          headers: {
            ce_specversion: '1.0',
            ce_id: randomUUID(),
            ce_type: 'ProductRenamed',
            ce_source: 'test',
            ce_subject: productId,
          },
        },
      ],
    });
  }

  /**
   * The consumer starts at the latest offsets, so an event sent while it is still fetching them is skipped
   * by design; until the first notice arrives, each try sends a new event.
   */
  async function firstNotice(stream: ReturnType<typeof eventStreamReader>) {
    const sent = new Set<string>();
    return waitFor(
      async () => {
        const productId = randomUUID();
        sent.add(productId);
        await publishProductEvent(productId);
        const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 2_000));
        const event = await Promise.race([
          stream.next((e) => e.event === 'change' && sent.has(JSON.parse(e.data).productId)),
          timeout,
        ]);
        return event;
      },
      { timeoutMs: 60_000, intervalMs: 0, description: 'a live notice' },
    );
  }

  it('needs a token', async () => {
    expect((await fetch(url('/api/events'))).status).toBe(401);
  });

  it('turns events into compact notices, sends heartbeats, and replays after Last-Event-ID', async () => {
    const stream = await openStream();
    const ready = await stream.next((event) => event.event === 'ready');
    const notice = await firstNotice(stream);
    expect(JSON.parse(notice.data)).toEqual({
      type: 'ProductRenamed',
      streamId: JSON.parse(notice.data).productId,
      productId: expect.any(String),
      topic: productTopic,
    });
    await stream.comments(1);
    await stream.cancel();

    // Reconnecting from the first id of the stream replays what came since, this notice among it.
    const resumed = await openStream({ 'last-event-id': ready.id! });
    const replayed = await resumed.next((event) => event.id === notice.id);
    expect(replayed.data).toBe(notice.data);
    await resumed.cancel();
  });

  it('tells a client with an unknown Last-Event-ID to refetch everything', async () => {
    const stream = await openStream({ 'last-event-id': 'ffffffff-12' });
    expect((await stream.next((event) => event.event !== 'message')).event).toBe('reset');
    await stream.cancel();
  });
});
