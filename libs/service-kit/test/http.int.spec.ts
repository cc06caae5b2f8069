import { SignJWT } from 'jose';
import { signDevToken } from '../src/auth/sign-dev-token';
import { RunningTestApp, startTestApp } from './support/test-app';

describe('service kit over HTTP', () => {
  let running: RunningTestApp;
  let pmToken: string;

  beforeAll(async () => {
    running = await startTestApp();
    pmToken = await signDevToken({ sub: 'alice', roles: ['product_manager'] });
  });
  afterAll(() => running.close());

  const call = (path: string, init: RequestInit = {}, token?: string) =>
    fetch(`${running.baseUrl}${path}`, {
      ...init,
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string>),
      },
    });

  const validThing = { title: 'Dark mode', accounts: [{ id: 'acme', revenue: 1000 }] };

  describe('auth', () => {
    it('answers 401 problem+json without a token', async () => {
      const response = await call('/things');
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({
        status: 401,
        title: 'Unauthorized',
        instance: '/things',
      });
    });

    it('answers 403 when the token lacks the role', async () => {
      const token = await signDevToken({ sub: 'sam', roles: ['sales'] });
      const response = await call('/things', { method: 'POST', body: JSON.stringify(validThing) }, token);
      expect(response.status).toBe(403);
    });

    it('answers 401 for an expired token', async () => {
      const token = await signDevToken({ sub: 'alice', roles: ['product_manager'], expiresIn: -60 });
      expect((await call('/things', {}, token)).status).toBe(401);
    });

    it('answers 401 for a token signed with another secret', async () => {
      const token = await signDevToken({ sub: 'alice', roles: ['admin'], secret: 'x'.repeat(48) });
      expect((await call('/things', {}, token)).status).toBe(401);
    });

    it('answers 401 for an unsigned alg:none token', async () => {
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const exp = Math.floor(Date.now() / 1000) + 3600;
      const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'mallory', roles: ['admin'], exp })}.`;
      expect((await call('/things', {}, token)).status).toBe(401);
    });

    it('answers 401 for a token without exp', async () => {
      const { DEV_JWT_SECRET } = await import('../src/auth/dev-jwt-secret');
      const token = await new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('eternal')
        .sign(new TextEncoder().encode(DEV_JWT_SECRET));
      expect((await call('/things', {}, token)).status).toBe(401);
    });

    it('lets the right role in and hands the actor to the handler', async () => {
      const response = await call('/things', { method: 'POST', body: JSON.stringify(validThing) }, pmToken);
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ title: 'Dark mode', accounts: 1, isDto: true });

      const list = await call('/things', {}, await signDevToken({ sub: 'vic', roles: ['viewer'] }));
      expect(list.status).toBe(200);
      expect(await list.json()).toEqual({ limit: null, actor: { subject: 'vic', roles: ['viewer'] } });
    });

    it('keeps @Public routes, health, metrics and docs open', async () => {
      expect((await call('/public/ping')).status).toBe(200);
      expect((await call('/health/live')).status).toBe(200);
      expect((await call('/metrics')).status).toBe(200);
      expect((await call('/docs-json')).status).toBe(200);
      expect((await call('/docs')).status).toBe(200);
    });

    it('keeps /metrics inside the cluster: a request that came through a proxy finds nothing', async () => {
      for (const header of ['x-forwarded-for', 'forwarded', 'x-forwarded-host']) {
        const proxied = await call('/metrics', { headers: { [header]: 'for=203.0.113.7' } });
        expect({ header, status: proxied.status }).toEqual({ header, status: 404 });
        expect(await proxied.text()).not.toContain('# HELP');
      }
    });
  });

  describe('validation', () => {
    it('reports nested field paths as problem+json', async () => {
      const body = {
        title: 'ok title',
        accounts: [
          { id: 'acme', revenue: 5 },
          { id: 'globex', revenue: 'lots' },
        ],
      };
      const response = await call('/things', { method: 'POST', body: JSON.stringify(body) }, pmToken);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await response.json();
      expect(problem).toMatchObject({ status: 400, title: 'Bad Request', instance: '/things' });
      expect(problem.errors.length).toBeGreaterThan(0);
      for (const error of problem.errors) {
        expect(error).toEqual({
          path: 'accounts[1].revenue',
          message: expect.stringMatching(/^revenue must/),
        });
      }
    });

    it('refuses properties the DTO does not declare', async () => {
      const body = { ...validThing, admin: true };
      const response = await call('/things', { method: 'POST', body: JSON.stringify(body) }, pmToken);
      expect(response.status).toBe(400);
      expect((await response.json()).errors).toEqual([
        { path: 'admin', message: 'property admin should not exist' },
      ]);
    });

    it('validates and converts query parameters', async () => {
      const bad = await call('/things?limit=1000', {}, pmToken);
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors[0].path).toBe('limit');
      const good = await call('/things?limit=5', {}, pmToken);
      expect((await good.json()).limit).toBe(5);
    });

    it('validates path ids', async () => {
      const bad = await call('/things/not-a-uuid', {}, pmToken);
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors).toEqual([{ path: 'id', message: 'id must be a UUID' }]);
      const id = '0b9c8f9e-7a8a-4d0a-9a47-2d2b8f3a1c11';
      expect(await (await call(`/things/${id}`, {}, pmToken)).json()).toEqual({ id });
    });

    it('answers 400 problem+json for a malformed JSON body', async () => {
      const response = await call('/things', { method: 'POST', body: '{"title": ' }, pmToken);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await response.json();
      expect(problem).toMatchObject({ status: 400, title: 'Bad Request' });
      expect(problem.detail).toMatch(/JSON/);
    });

    it('answers 413 problem+json for an oversized body', async () => {
      const body = JSON.stringify({ title: 'x'.repeat(1_200_000), accounts: [] });
      const response = await call('/things', { method: 'POST', body }, pmToken);
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });

  describe('error mapping', () => {
    it.each([
      ['rule-broken', 422, 'product.retired'],
      ['conflict', 409, 'product.code_taken'],
      ['not-found', 404, 'product.not_found'],
      ['concurrency', 409, 'concurrency_conflict'],
    ])('maps %s to %i with its code', async (kind, status, code) => {
      const response = await call(`/errors/${kind}`);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status, code, instance: `/errors/${kind}` });
    });

    it('carries domain details and problem() extensions', async () => {
      expect(await (await call('/errors/rule-broken')).json()).toMatchObject({
        details: { productId: 'P-1' },
      });
      const response = await call('/errors/problem');
      expect(response.status).toBe(412);
      expect(await response.json()).toMatchObject({ title: 'Precondition Failed', currentVersion: 4 });
    });

    it('answers 500 without leaking the message or stack', async () => {
      const response = await call('/errors/bug');
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal Server Error' });
      expect(text).not.toMatch(/hunter2|at .*\.ts/);
    });

    it('answers 404 problem+json for an unknown route', async () => {
      const response = await call('/nowhere', {}, pmToken);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });

  describe('request context', () => {
    it('echoes the caller request id and exposes it with the actor to the handler', async () => {
      const response = await call('/context', { headers: { 'x-request-id': 'req-123' } }, pmToken);
      expect(response.headers.get('x-request-id')).toBe('req-123');
      expect(await response.json()).toEqual({
        correlationId: 'req-123',
        actor: { subject: 'alice', roles: ['product_manager'] },
      });
    });

    it('generates a request id when none is given, also on errors', async () => {
      const response = await call('/things');
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await response.json()).requestId).toBe(id);
    });
  });

  describe('docs and metrics', () => {
    it('declares the bearer scheme and the test routes in the OpenAPI document', async () => {
      const document = await (await call('/docs-json')).json();
      expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/things', '/things/{id}']));
      expect(Object.keys(document.paths)).not.toContain('/health/ready');
    });

    it('counts requests by route template', async () => {
      await call('/public/ping');
      const metrics = await (await call('/metrics')).text();
      expect(metrics).toMatch(
        /http_server_request_duration_seconds_count\{[^}]*route="\/public\/ping"[^}]*\} [1-9]/,
      );
      expect(metrics).toMatch(/process_cpu_user_seconds_total\{service="kit-test"\}/);
    });
  });
});

/** The limits from config, each in an app of its own. */
describe('service kit limits', () => {
  const bearer = async (sub: string) => ({
    authorization: `Bearer ${await signDevToken({ sub, roles: ['product_manager'] })}`,
  });
  /** A valid thing whose JSON is exactly `bytes` long. */
  const thingOfSize = (bytes: number) => {
    const empty = JSON.stringify({ title: '', accounts: [] });
    return JSON.stringify({ title: 'x'.repeat(bytes - empty.length), accounts: [] });
  };

  describe('BODY_LIMIT', () => {
    let running: RunningTestApp;
    beforeAll(async () => {
      running = await startTestApp({ BODY_LIMIT: '2kb' });
    });
    afterAll(() => running.close());

    const post = async (body: string) =>
      fetch(`${running.baseUrl}/things`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...(await bearer('alice')) },
      });

    it('accepts a JSON body of exactly the limit and refuses one byte more with 413 problem+json', async () => {
      const under = await post(thingOfSize(2048));
      expect(under.status).toBe(201);
      expect((await under.json()).title).toHaveLength(2048 - '{"title":"","accounts":[]}'.length);

      const over = await post(thingOfSize(2049));
      expect(over.status).toBe(413);
      expect(over.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await over.json()).toMatchObject({ status: 413, detail: 'The request body is too large.' });
    });
  });

  describe('write rate limit', () => {
    let running: RunningTestApp;
    beforeAll(async () => {
      running = await startTestApp({
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_WRITES_PER_SUBJECT: '3',
        RATE_LIMIT_WRITES_PER_IP: '5',
        // Long enough that no window ends during the test, however slow the machine.
        RATE_LIMIT_WINDOW_MS: '600000',
      });
    });
    afterAll(() => running.close());

    const write = async (sub: string) =>
      fetch(`${running.baseUrl}/things`, {
        method: 'POST',
        body: JSON.stringify({ title: 'Dark mode', accounts: [] }),
        headers: { 'content-type': 'application/json', ...(await bearer(sub)) },
      });

    it('limits writes per token subject, then per client address, with 429 problem+json and Retry-After', async () => {
      const alice = [];
      for (let i = 0; i < 4; i++) alice.push((await write('alice')).status);
      expect(alice).toEqual([201, 201, 201, 429]);

      const limited = await write('alice');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(await limited.json()).toMatchObject({
        type: 'urn:product-ledger:problem:rate-limited',
        status: 429,
        retryAfterSeconds: retryAfter,
        detail: expect.stringContaining('token subject'),
      });

      // Another subject from the same address: its own 3, but the address has used 5 by then.
      const bob = [];
      for (let i = 0; i < 3; i++) bob.push((await write('bob')).status);
      expect(bob.slice(0, 1)).toEqual([201]);
      expect(bob.at(-1)).toBe(429);
      const byAddress = await write('carol');
      expect(byAddress.status).toBe(429);
      expect((await byAddress.json()).detail).toContain('client address');
    });

    it('never limits reads', async () => {
      for (let i = 0; i < 10; i++) {
        const response = await fetch(`${running.baseUrl}/things`, { headers: await bearer('alice') });
        expect(response.status).toBe(200);
      }
    });
  });
});
