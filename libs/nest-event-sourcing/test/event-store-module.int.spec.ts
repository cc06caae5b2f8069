import { signDevToken } from '@product-ledger/service-kit';
import {
  createTestDatabase,
  testKafka,
  uniqueName,
  waitFor,
  type TestDatabase,
  SlowGate,
} from '@product-ledger/testing';
import { randomUUID } from 'node:crypto';
import { EventConsumers } from '../src/consumers/event-consumers';
import { ProjectionsService } from '../src/consumers/projections.service';
import { EventRelay } from '../src/module/event-relay';
import { startCounterApp, type CounterAppNames, type RunningCounterApp } from './support/counter-app';

describe('EventStoreModule in a running service', () => {
  let database: TestDatabase;
  let names: CounterAppNames;
  let running: RunningCounterApp;
  let token: string;
  let closed = false;

  const call = (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${running.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  const openCounter = async (name: string, headers: Record<string, string> = {}) => {
    const response = await call('/counters', { method: 'POST', body: { name }, headers });
    expect(response.status).toBe(201);
    return { response, body: (await response.json()) as { counterId: string; version: number } };
  };

  const eventsOf = async (streamId: string) =>
    (
      await database.pool.query<{
        event_type: string;
        stream_version: number;
        metadata: Record<string, unknown>;
        event_id: string;
      }>(
        'SELECT event_type, stream_version, metadata, event_id FROM events WHERE stream_id = $1 ORDER BY stream_version',
        [streamId],
      )
    ).rows;

  beforeAll(async () => {
    database = await createTestDatabase('nes');
    const suffix = uniqueName('t');
    names = {
      databaseUrl: database.url,
      topic: `test.counter.${suffix}`,
      projectionGroup: `counters.${suffix}`,
      policyGroup: `large-increments.${suffix}`,
    };
    await database.pool.query('CREATE TABLE counter_names (name text PRIMARY KEY, counter_id text NOT NULL)');
    token = await signDevToken({ sub: 'alice', roles: ['product_manager'], expiresIn: '1h' });
    running = await startCounterApp(names);
  });

  afterAll(async () => {
    if (!closed) await running?.app.close();
    const admin = testKafka().admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: [names.topic, `${names.projectionGroup}.dlq`, `${names.policyGroup}.dlq`] })
      .catch(() => undefined);
    await admin.deleteGroups([names.projectionGroup, names.policyGroup]).catch(() => undefined);
    await admin.disconnect();
    await database?.drop();
  });

  it('appends on POST and answers with Location and ETag; metadata comes from the request context', async () => {
    const { response, body } = await openCounter('first', { 'x-request-id': 'req-open-first' });
    expect(body.version).toBe(1);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.headers.get('location')).toBe(`/counters/${body.counterId}`);

    const [opened] = await eventsOf(body.counterId);
    expect(opened).toMatchObject({
      event_type: 'CounterOpened',
      stream_version: 1,
      metadata: { actor: 'alice', correlationId: 'req-open-first' },
    });
    // the reservation committed with the event
    const reserved = await database.pool.query('SELECT counter_id FROM counter_names WHERE name = $1', [
      'first',
    ]);
    expect(reserved.rows).toEqual([{ counter_id: body.counterId }]);
  });

  it('keeps a valid incoming traceparent in the event metadata and never stores a malformed one', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const valid = await openCounter(uniqueName('traced'), { traceparent });
    expect((await eventsOf(valid.body.counterId))[0]!.metadata).toMatchObject({ traceparent });

    for (const malformed of [
      '00-abc-def-01',
      `${traceparent}-extra`,
      'x'.repeat(2000),
      traceparent.toUpperCase(),
    ]) {
      const { body } = await openCounter(uniqueName('untraced'), { traceparent: malformed });
      expect((await eventsOf(body.counterId))[0]!.metadata).not.toHaveProperty('traceparent');
    }
  });

  it('undoes the append when the work of the same transaction refuses (a taken name is a 409, no event)', async () => {
    const before = await database.pool.query(`SELECT count(*)::int AS n FROM events`);
    const taken = await call('/counters', { method: 'POST', body: { name: 'first' } });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: 'counter.name_taken' });
    const after = await database.pool.query(`SELECT count(*)::int AS n FROM events`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('honours If-Match: the right version appends, a stale one is a 409, a malformed one a 400', async () => {
    const { body } = await openCounter('guarded');
    const path = `/counters/${body.counterId}/increments`;

    const fresh = await call(path, { method: 'POST', body: { by: 2 }, headers: { 'if-match': '"1"' } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"2"');
    expect(await fresh.json()).toEqual({ version: 2, value: 2 });

    const stale = await call(path, { method: 'POST', body: { by: 3 }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toMatch(/application\/problem\+json/);

    const malformed = await call(path, { method: 'POST', body: { by: 3 }, headers: { 'if-match': '1' } });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ path: 'headers.if-match' }] });

    // without If-Match the loaded version is used
    const unguarded = await call(path, { method: 'POST', body: { by: 1 } });
    expect(unguarded.headers.get('etag')).toBe('"3"');
    expect((await eventsOf(body.counterId)).map((event) => event.stream_version)).toEqual([1, 2, 3]);
  });

  it('maps domain errors: an unknown counter is a 404, a broken rule a 422', async () => {
    const unknown = await call(`/counters/${randomUUID()}/increments`, { method: 'POST', body: { by: 1 } });
    expect(unknown.status).toBe(404);
    const { body } = await openCounter('rules');
    const broken = await call(`/counters/${body.counterId}/increments`, { method: 'POST', body: { by: -1 } });
    expect(broken.status).toBe(422);
    expect(await broken.json()).toMatchObject({ code: 'counter.goes_up_only' });
  });

  it('replays the first response for a retried Idempotency-Key and appends once; another body is a 422', async () => {
    const key = randomUUID();
    const first = await openCounter('idempotent', { 'idempotency-key': key });
    const retried = await call('/counters', {
      method: 'POST',
      body: { name: 'idempotent' },
      headers: { 'idempotency-key': key },
    });

    expect(retried.status).toBe(201);
    expect(await retried.json()).toEqual(first.body);
    expect(retried.headers.get('location')).toBe(first.response.headers.get('location'));
    expect(retried.headers.get('etag')).toBe('"1"');
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    const opened = await database.pool.query(
      `SELECT count(*)::int AS n FROM events WHERE event_type = 'CounterOpened' AND data->>'name' = 'idempotent'`,
    );
    expect(opened.rows[0].n).toBe(1);

    const reused = await call('/counters', {
      method: 'POST',
      body: { name: 'something else' },
      headers: { 'idempotency-key': key },
    });
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await reused.json()).toMatchObject({ code: 'idempotency_key.reused' });

    // keys belong to their actor: bob's identical key is a request of its own
    const bob = await signDevToken({ sub: 'bob', roles: ['product_manager'], expiresIn: '1h' });
    const bobs = await call('/counters', {
      method: 'POST',
      body: { name: 'idempotent-bob' },
      headers: { 'idempotency-key': key, authorization: `Bearer ${bob}` },
    });
    expect(bobs.status).toBe(201);
    expect(((await bobs.json()) as { counterId: string }).counterId).not.toBe(first.body.counterId);
  });

  it('frees the key of a failed request, and rejects a malformed key', async () => {
    const key = randomUUID();
    const invalid = await call('/counters', {
      method: 'POST',
      body: { name: '' },
      headers: { 'idempotency-key': key },
    });
    expect(invalid.status).toBe(400);
    const valid = await call('/counters', {
      method: 'POST',
      body: { name: 'after-failure' },
      headers: { 'idempotency-key': key },
    });
    expect(valid.status).toBe(201);

    const malformed = await call('/counters', {
      method: 'POST',
      body: { name: 'x' },
      headers: { 'idempotency-key': 'a b' },
    });
    expect(malformed.status).toBe(400);
  });

  it('answers 409 to a duplicate of a request still in flight, then replays its response', async () => {
    const key = randomUUID();
    const gate = running.app.get(SlowGate);
    const first = call('/slow-counters', {
      method: 'POST',
      body: { name: 'slow' },
      headers: { 'idempotency-key': key },
    });
    await gate.entered;

    const duplicate = await call('/slow-counters', {
      method: 'POST',
      body: { name: 'slow' },
      headers: { 'idempotency-key': key },
    });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ code: 'idempotency_key.in_flight' });

    gate.open();
    const done = await first;
    expect(done.status).toBe(201);
    const body = await done.json();
    const replayed = await call('/slow-counters', {
      method: 'POST',
      body: { name: 'slow' },
      headers: { 'idempotency-key': key },
    });
    expect(await replayed.json()).toEqual(body);
  });

  it('feeds a projection registered through the module from Kafka, and a policy appends with the cause', async () => {
    const { body } = await openCounter('projected');
    const increment = await call(`/counters/${body.counterId}/increments`, {
      method: 'POST',
      body: { by: 150 },
    });
    expect(increment.status).toBe(200);

    const row = await waitFor(
      async () => {
        const response = await call(`/counters/${body.counterId}`);
        if (response.status !== 200) return undefined;
        const counter = (await response.json()) as { version: number };
        return counter.version === 2 ? counter : undefined;
      },
      { description: 'the counters projection to see both events' },
    );
    expect(row).toEqual({ counter_id: body.counterId, name: 'projected', value: 150, version: 2 });

    const [, incremented] = await eventsOf(body.counterId);
    const [noticed] = await waitFor(
      async () => {
        const audit = await eventsOf(`audit-${body.counterId}`);
        return audit.length > 0 ? audit : undefined;
      },
      { description: 'the policy to append to the audit stream' },
    );
    expect(noticed).toMatchObject({
      event_type: 'LargeIncrementNoticed',
      metadata: {
        causationId: incremented!.event_id,
        correlationId: incremented!.metadata.correlationId,
        actor: 'policy:large-increments',
      },
    });
  });

  it('is ready with the relay and every consumer among the checks', async () => {
    const ready = await waitFor(
      async () => {
        const response = await fetch(`${running.baseUrl}/health/ready`);
        return response.status === 200 ? response.json() : undefined;
      },
      { description: '/health/ready to answer 200' },
    );
    expect(ready).toMatchObject({
      status: 'ok',
      info: {
        'event-relay': { status: 'up' },
        'consumer:counters': { status: 'up' },
        'consumer:large-increments': { status: 'up' },
      },
    });
    expect(running.app.get(EventRelay).status()?.role).toBe('active');
  });

  it('rebuilds a projection while the service keeps serving', async () => {
    const { body } = await openCounter('rebuilt');
    await call(`/counters/${body.counterId}/increments`, { method: 'POST', body: { by: 7 } });
    await waitFor(
      async () => {
        const response = await call(`/counters/${body.counterId}`);
        return response.status === 200 && ((await response.json()) as { version: number }).version === 2;
      },
      { description: 'the counter to be projected before the rebuild' },
    );
    const before = await database.pool.query('SELECT * FROM counters ORDER BY counter_id');

    const progress: number[] = [];
    const projections = running.app.get(ProjectionsService);
    expect(projections.names()).toEqual(['counters']);
    const rebuilding = projections.rebuild('counters', (step) => progress.push(step.applied), {
      pollIntervalMs: 100,
      signal: AbortSignal.timeout(90_000),
    });
    // still serving meanwhile
    expect((await call('/health/live')).status).toBe(200);
    const result = await rebuilding;

    expect(result.caughtUp).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    const after = await database.pool.query('SELECT * FROM counters ORDER BY counter_id');
    expect(after.rows).toEqual(before.rows);
  });

  it('stops the relay and the consumers on shutdown, before the pool closes', async () => {
    const relay = running.app.get(EventRelay);
    const consumers = running.app.get(EventConsumers);
    expect(consumers.statuses()).toHaveLength(2);
    await running.app.close();
    closed = true;
    expect(relay.status()?.role).toBe('stopped');
    expect(consumers.statuses().map((status) => status.state)).toEqual(['stopped', 'stopped']);
  });
});
