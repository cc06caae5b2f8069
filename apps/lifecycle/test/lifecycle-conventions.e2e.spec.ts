import { lifecycleIdFor, lifecycleStreamId } from '@product-ledger/contracts';
import { ROLES, type Role } from '@product-ledger/service-kit';
import { waitFor, httpClient } from '@product-ledger/testing';
import { randomUUID } from 'node:crypto';
import { productRegistered, startLifecycle, type LifecycleTestApp } from './lifecycle-test-app';

/** The conventions every service keeps, on the lifecycle API: auth and roles, problem+json, ETag/If-Match, Idempotency-Key. */
describe('lifecycle over HTTP: auth, errors, concurrency, idempotency', () => {
  let service: LifecycleTestApp;
  let call: ReturnType<typeof httpClient>;
  let pm: Record<string, string>;
  let lifecycleId: string;
  let productId: string;

  beforeAll(async () => {
    service = await startLifecycle();
    call = httpClient(service.baseUrl);
    pm = await service.auth('product_manager');
    const product = productRegistered();
    productId = product.productId;
    await service.publishCatalogueEvent('ProductRegistered', product);
    lifecycleId = lifecycleIdFor(productId);
    await waitFor(
      async () => (await call('GET', `/lifecycles/${lifecycleId}`, { headers: pm })).status === 200,
      {
        description: 'the policy to start the lifecycle',
      },
    );
  });

  afterAll(async () => {
    await service?.stop();
  });

  const streamLength = async () => {
    const { rows } = await service.db.pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM events WHERE stream_id = $1',
      [lifecycleStreamId(lifecycleId)],
    );
    return Number(rows[0]!.n);
  };

  it('answers 401 without a valid token, on reads and writes', async () => {
    expect((await call('GET', '/lifecycles')).status).toBe(401);
    expect(
      (
        await call('GET', `/lifecycles/${lifecycleId}`, {
          headers: { authorization: 'Bearer forged.token.here' },
        })
      ).status,
    ).toBe(401);
    expect(
      (await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, { body: { toStage: 'analysis' } }))
        .status,
    ).toBe(401);
    expect((await call('GET', '/playbook')).status).toBe(401);
  });

  it('lets every role read', async () => {
    for (const role of ROLES) {
      const headers = await service.auth(role);
      expect((await call('GET', `/lifecycles/${lifecycleId}`, { headers })).status).toBe(200);
      expect((await call('GET', `/lifecycles/${lifecycleId}/history`, { headers })).status).toBe(200);
      expect((await call('GET', '/lifecycles?limit=5', { headers })).status).toBe(200);
      expect((await call('GET', '/playbook', { headers })).status).toBe(200);
    }
  });

  it('answers 403 to every role a write does not allow, appending nothing', async () => {
    const before = await streamLength();
    const writes: { method: string; path: string; body: unknown; allowed: Role[] }[] = [
      {
        method: 'POST',
        path: `/lifecycles/${lifecycleId}/gate-reviews`,
        body: { toStage: 'analysis' },
        allowed: ['product_manager', 'admin'],
      },
      {
        method: 'PUT',
        path: `/lifecycles/${lifecycleId}/business-case`,
        body: {},
        allowed: ['product_manager', 'admin'],
      },
      {
        method: 'POST',
        path: `/lifecycles/${lifecycleId}/advance`,
        body: { toStage: 'analysis' },
        allowed: ['product_manager', 'admin'],
      },
      {
        method: 'POST',
        path: `/lifecycles/${lifecycleId}/withdrawal`,
        body: {},
        allowed: ['product_manager', 'admin'],
      },
      {
        method: 'POST',
        path: `/lifecycles/${lifecycleId}/withdrawal/completion`,
        body: {},
        allowed: ['product_manager', 'admin'],
      },
      {
        method: 'POST',
        path: `/lifecycles/${lifecycleId}/activities/collect-ideas/completion`,
        body: {},
        allowed: ['product_manager', 'contributor', 'admin'],
      },
      {
        method: 'POST',
        path: `/gate-reviews/${lifecycleId}-r1/decision`,
        body: { decision: 'go' },
        allowed: ['gatekeeper', 'admin'],
      },
      {
        method: 'POST',
        path: `/gate-reviews/${lifecycleId}-r1/assessments`,
        body: {},
        allowed: ['product_manager', 'contributor', 'gatekeeper', 'admin'],
      },
      { method: 'PUT', path: '/playbook', body: {}, allowed: ['admin'] },
    ];
    for (const write of writes) {
      for (const role of ROLES.filter((r) => !write.allowed.includes(r))) {
        const answer = await call(write.method, write.path, {
          headers: await service.auth(role),
          body: write.body,
        });
        expect({ ...write, role, status: answer.status }).toEqual({ ...write, role, status: 403 });
      }
    }
    expect(await streamLength()).toBe(before);
  });

  it('answers 400 with field paths for bad bodies, ids, queries and If-Match', async () => {
    const bad = await call('PUT', `/lifecycles/${lifecycleId}/business-case`, {
      headers: pm,
      body: {
        proposition: '',
        currency: 'euro',
        investment: -1,
        expectedRevenue: { year1: 'lots' },
        paybackMonths: 2.5,
        extra: true,
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining([
        'proposition',
        'targetMarket',
        'currency',
        'investment',
        'expectedRevenue.year1',
        'expectedRevenue.year2',
        'paybackMonths',
        'extra',
      ]),
    );
    expect((await call('GET', '/lifecycles/not-a-uuid', { headers: pm })).status).toBe(400);
    expect((await call('GET', '/lifecycles?limit=0', { headers: pm })).status).toBe(400);
    expect((await call('GET', '/lifecycles?stage=retired', { headers: pm })).status).toBe(400);
    expect((await call('GET', '/lifecycles?cursor=garbage', { headers: pm })).status).toBe(400);
    const ifMatch = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers: { ...pm, 'if-match': '2' },
      body: { toStage: 'analysis' },
    });
    expect(ifMatch.status).toBe(400);
    const nul = await call('POST', `/lifecycles/${lifecycleId}/withdrawal`, {
      headers: pm,
      body: { effectiveDate: '2026-02-30', reason: 'a\u0000b' },
    });
    expect(nul.status).toBe(400);
    expect(nul.body.errors.map((e: { path: string }) => e.path)).toEqual(['effectiveDate', 'reason']);
  });

  it('answers 404 for an unknown lifecycle or review', async () => {
    const unknown = randomUUID();
    const missing = await call('GET', `/lifecycles/${unknown}`, { headers: pm });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('lifecycle.not_found');
    expect(
      (
        await call('POST', `/lifecycles/${unknown}/gate-reviews`, {
          headers: pm,
          body: { toStage: 'analysis' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('POST', `/lifecycles/${unknown}/gate-reviews`, {
          headers: { ...pm, 'if-match': '"3"' },
          body: { toStage: 'analysis' },
        })
      ).status,
    ).toBe(404);
    expect((await call('GET', `/gate-reviews/${lifecycleId}-r9`, { headers: pm })).status).toBe(404);
    expect((await call('GET', '/gate-reviews/whatever', { headers: pm })).status).toBe(404);
    const gatekeeper = await service.auth('gatekeeper');
    expect(
      (
        await call('POST', `/gate-reviews/${unknown}-r1/decision`, {
          headers: gatekeeper,
          body: { decision: 'go' },
        })
      ).status,
    ).toBe(404);
  });

  it('honours If-Match: the current ETag writes, a stale one is a 409', async () => {
    const current = await call('GET', `/lifecycles/${lifecycleId}`, { headers: pm });
    const etag = current.headers.get('etag')!;
    const contributor = await service.auth('contributor');
    const done = await call('POST', `/lifecycles/${lifecycleId}/activities/collect-ideas/completion`, {
      headers: { ...contributor, 'if-match': etag },
      body: {},
    });
    expect(done.status).toBe(200);
    expect(done.headers.get('etag')).toBe(`"${Number(JSON.parse(etag)) + 1}"`);
    const stale = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers: { ...pm, 'if-match': etag },
      body: { toStage: 'analysis' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('concurrency_conflict');
  });

  it('answers a retried POST with the same Idempotency-Key once, and a reused key with another body with 422', async () => {
    const before = await streamLength();
    const headers = { ...pm, 'idempotency-key': `open-${randomUUID()}` };
    const first = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers,
      body: { toStage: 'analysis' },
    });
    expect(first.status).toBe(201);
    const again = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers,
      body: { toStage: 'analysis' },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await streamLength()).toBe(before + 1);
    const reused = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers,
      body: { toStage: 'development' },
    });
    expect(reused.status).toBe(422);
    const twice = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers: pm,
      body: { toStage: 'analysis' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      code: 'review.already_open',
      details: { reviewId: first.body.reviewId },
    });
  });

  it('refuses a playbook that breaks the rules with 422 and every problem, and keeps the one in force', async () => {
    const admin = await service.auth('admin');
    const { body: current } = await call('GET', '/playbook', { headers: admin });
    const broken = {
      ...current.playbook,
      gates: current.playbook.gates
        .filter((gate: { toStage: string }) => gate.toStage !== 'in_life')
        .map((gate: { toStage: string }) =>
          gate.toStage === 'development' ? { ...gate, requiresReview: false } : gate,
        ),
    };
    const refused = await call('PUT', '/playbook', { headers: admin, body: broken });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('playbook.invalid');
    expect(refused.body.details.problems).toEqual(
      expect.arrayContaining([
        { path: 'gates', message: 'the gate into in_life is missing' },
        expect.objectContaining({
          message: 'the gate into development needs a review (business case sign-off)',
        }),
      ]),
    );
    expect((await call('GET', '/playbook', { headers: admin })).body).toEqual(current);
  });

  it('pages the list with an opaque cursor', async () => {
    const products = [productRegistered(), productRegistered(), productRegistered()];
    for (const product of products) await service.publishCatalogueEvent('ProductRegistered', product);
    await service.publishCatalogueEvent('VersionPlanned', {
      productId,
      version: '1.1.0',
      targetDate: '2026-11-01',
      scope: 'exports',
    });
    const versionLifecycle = lifecycleIdFor(productId, '1.1.0');
    await waitFor(
      async () => {
        const page = await call('GET', '/lifecycles?limit=200', { headers: pm });
        const ids = page.body.items.map((item: { lifecycleId: string }) => item.lifecycleId);
        return [versionLifecycle, ...products.map((p) => lifecycleIdFor(p.productId))].every((id) =>
          ids.includes(id),
        );
      },
      { description: 'the read model to list the new lifecycles' },
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
      const page = await call('GET', `/lifecycles?${query}`, { headers: pm });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { lifecycleId: string }) => item.lifecycleId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    const ofProduct = await call('GET', `/lifecycles?productId=${productId}`, { headers: pm });
    expect(ofProduct.body.items.map((item: { version: string | null }) => item.version)).toEqual([
      null,
      '1.1.0',
    ]);
    const inInnovation = await call('GET', '/lifecycles?stage=innovation&limit=200', { headers: pm });
    expect(inInnovation.body.items.every((item: { stage: string }) => item.stage === 'innovation')).toBe(
      true,
    );
  });
});
