import { waitFor, httpClient } from '@product-ledger/testing';
import { startCatalogue, type CatalogueTestApp } from './catalogue-test-app';

describe('catalogue over HTTP: products', () => {
  let catalogue: CatalogueTestApp;
  let call: ReturnType<typeof httpClient>;
  let pm: Record<string, string>;

  beforeAll(async () => {
    catalogue = await startCatalogue();
    call = httpClient(catalogue.baseUrl);
    pm = await catalogue.auth('product_manager');
  });

  afterAll(async () => {
    await catalogue?.stop();
  });

  async function createLine(name = 'Collaboration'): Promise<string> {
    const created = await call('POST', '/product-lines', {
      headers: pm,
      body: { name, description: 'tools' },
    });
    expect(created.status).toBe(201);
    return created.body.productLineId;
  }

  it('registers, changes and retires a product (happy path)', async () => {
    const lineId = await createLine();
    const registered = await call('POST', '/products', {
      headers: pm,
      body: {
        code: 'CRM',
        name: 'CRM Suite',
        productLineId: lineId,
        kind: 'software',
        market: 'b2b',
        ownerId: 'alice',
      },
    });
    expect(registered.status).toBe(201);
    const productId = registered.body.productId;
    expect(registered.headers.get('location')).toBe(`/products/${productId}`);
    expect(registered.headers.get('etag')).toBe('"1"');
    expect(registered.body).toMatchObject({
      code: 'CRM',
      status: 'active',
      productLine: { productLineId: lineId, name: 'Collaboration' },
    });

    const got = await call('GET', `/products/${productId}`, { headers: await catalogue.auth('viewer') });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');

    const renamed = await call('PATCH', `/products/${productId}`, {
      headers: { ...pm, 'if-match': '"1"' },
      body: { name: 'CRM Cloud', description: 'Sales pipeline' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('etag')).toBe('"3"');

    expect(
      (await call('PUT', `/products/${productId}/owner`, { headers: pm, body: { ownerId: 'carol' } })).status,
    ).toBe(200);
    expect(
      (
        await call('POST', `/products/${productId}/stakeholders`, {
          headers: pm,
          body: { personId: 'bob', role: 'marketing' },
        })
      ).status,
    ).toBe(201);
    const planned = await call('POST', `/products/${productId}/versions`, {
      headers: pm,
      body: { version: '1.0.0', targetDate: '2026-09-01', scope: 'first release' },
    });
    expect(planned.status).toBe(201);
    const released = await call('POST', `/products/${productId}/versions/1.0.0/release`, {
      headers: pm,
      body: {},
    });
    expect(released.status).toBe(200);
    expect(released.body.versions).toEqual([
      expect.objectContaining({ version: '1.0.0', status: 'released', releasedAt: expect.any(String) }),
    ]);
    const retired = await call('POST', `/products/${productId}/retire`, {
      headers: pm,
      body: { reason: 'superseded' },
    });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ status: 'retired', ownerId: 'carol', name: 'CRM Cloud' });

    const history = await call('GET', `/products/${productId}/history`, { headers: pm });
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'ProductRegistered',
      'ProductRenamed',
      'ProductDescribed',
      'ProductOwnerAssigned',
      'StakeholderAdded',
      'VersionPlanned',
      'VersionReleased',
      'ProductRetired',
    ]);
    expect(history.body.items[0]).toMatchObject({ actor: 'tester-product_manager', revision: 1 });

    const listed = await waitFor(
      async () => {
        const page = await call('GET', `/products?lineId=${lineId}`, { headers: pm });
        return page.body.items?.[0]?.status === 'retired' ? page.body : undefined;
      },
      { description: 'the read model to show the retired product' },
    );
    expect(listed.items[0]).toMatchObject({
      productId,
      code: 'CRM',
      name: 'CRM Cloud',
      ownerId: 'carol',
      productLine: { productLineId: lineId, name: 'Collaboration' },
      stakeholders: [{ personId: 'bob', role: 'marketing' }],
      versions: [expect.objectContaining({ version: '1.0.0', status: 'released' })],
      revision: 8,
    });
  });

  async function registerProduct(lineId: string, code: string): Promise<string> {
    const registered = await call('POST', '/products', {
      headers: pm,
      body: {
        code,
        name: `Product ${code}`,
        productLineId: lineId,
        kind: 'service',
        market: 'b2c',
        ownerId: 'alice',
      },
    });
    expect(registered.status).toBe(201);
    return registered.body.productId;
  }

  const uniqueCode = () => `P${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e6)}`;

  it('answers 400 with field paths for a bad body', async () => {
    const lineId = await createLine();
    const answer = await call('POST', '/products', {
      headers: pm,
      body: {
        code: 'lower case',
        name: '',
        productLineId: lineId,
        kind: 'hardware',
        market: 'b2b',
        ownerId: 'a',
        extra: 1,
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const paths = answer.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['code', 'name', 'kind', 'extra']));
  });

  it('answers 400 for a malformed path id, query or If-Match', async () => {
    expect((await call('GET', '/products/not-a-uuid', { headers: pm })).status).toBe(400);
    expect((await call('GET', '/products?limit=0', { headers: pm })).status).toBe(400);
    expect((await call('GET', '/products?cursor=garbage', { headers: pm })).status).toBe(400);
    const lineId = await createLine();
    const productId = await registerProduct(lineId, uniqueCode());
    const answer = await call('PATCH', `/products/${productId}`, {
      headers: { ...pm, 'if-match': '1' },
      body: { name: 'x' },
    });
    expect(answer.status).toBe(400);
  });

  it('answers 401 without a valid token', async () => {
    expect((await call('GET', '/products')).status).toBe(401);
    expect(
      (await call('GET', '/products', { headers: { authorization: 'Bearer forged.token.here' } })).status,
    ).toBe(401);
    expect((await call('POST', '/product-lines', { body: { name: 'x' } })).status).toBe(401);
  });

  it('answers 403 when a reader tries to write, and lets every role read', async () => {
    for (const role of ['viewer', 'sales', 'analyst', 'gatekeeper', 'contributor', 'integration'] as const) {
      const headers = await catalogue.auth(role);
      expect((await call('POST', '/product-lines', { headers, body: { name: 'x' } })).status).toBe(403);
      expect((await call('GET', '/products', { headers })).status).toBe(200);
    }
    const admin = await catalogue.auth('admin');
    expect(
      (await call('POST', '/product-lines', { headers: admin, body: { name: 'By admin' } })).status,
    ).toBe(201);
  });

  it('answers 404 for an unknown product or line', async () => {
    const unknown = '3f2b8c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    expect((await call('GET', `/products/${unknown}`, { headers: pm })).status).toBe(404);
    expect((await call('GET', `/products/${unknown}/history`, { headers: pm })).status).toBe(404);
    expect((await call('PATCH', `/products/${unknown}`, { headers: pm, body: { name: 'x' } })).status).toBe(
      404,
    );
    expect(
      (await call('POST', `/products/${unknown}/retire`, { headers: pm, body: { reason: 'x' } })).status,
    ).toBe(404);
    expect((await call('GET', `/product-lines/${unknown}`, { headers: pm })).status).toBe(404);
    const lineId = await createLine();
    // a line is not a product, although both live in the same store
    expect((await call('GET', `/products/${lineId}`, { headers: pm })).status).toBe(404);
    expect((await call('GET', `/products/${lineId}/history`, { headers: pm })).status).toBe(404);
  });

  it('answers 409 to a write with a stale If-Match, and appends nothing', async () => {
    const lineId = await createLine();
    const productId = await registerProduct(lineId, uniqueCode());
    expect(
      (
        await call('PATCH', `/products/${productId}`, {
          headers: { ...pm, 'if-match': '"1"' },
          body: { name: 'New' },
        })
      ).status,
    ).toBe(200);
    const before = await catalogue.eventCount();
    const stale = await call('PATCH', `/products/${productId}`, {
      headers: { ...pm, 'if-match': '"1"' },
      body: { name: 'Newer' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('concurrency_conflict');
    expect(await catalogue.eventCount()).toBe(before);
    expect((await call('GET', `/products/${productId}`, { headers: pm })).body.name).toBe('New');
  });

  it('registers a code once under concurrent requests (one 201, the rest 409)', async () => {
    const code = uniqueCode();
    const lines = await Promise.all([createLine('A'), createLine('B'), createLine('C')]);
    const attempts = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        call('POST', '/products', {
          headers: pm,
          body: {
            code,
            name: `Try ${i}`,
            productLineId: lines[i % 3],
            kind: 'software',
            market: 'b2b',
            ownerId: 'alice',
          },
        }),
      ),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(attempts.filter((a) => a.status === 409).every((a) => a.body.code === 'product.code_taken')).toBe(
      true,
    );
    const stored = await catalogue.db.pool.query(
      `SELECT count(*)::int AS n FROM events WHERE event_type = 'ProductRegistered' AND data->>'code' = $1`,
      [code],
    );
    expect(stored.rows[0].n).toBe(1);
  });

  it('answers 422 when a rule is broken', async () => {
    const lineId = await createLine();
    const productId = await registerProduct(lineId, uniqueCode());
    const unplanned = await call('POST', `/products/${productId}/versions/9.9.9/release`, {
      headers: pm,
      body: {},
    });
    expect(unplanned.status).toBe(422);
    expect(unplanned.body.code).toBe('version.not_planned');

    const plan = { version: '1.0.0', targetDate: '2026-09-01', scope: 'first' };
    expect((await call('POST', `/products/${productId}/versions`, { headers: pm, body: plan })).status).toBe(
      201,
    );
    const again = await call('POST', `/products/${productId}/versions`, { headers: pm, body: plan });
    expect([again.status, again.body.code]).toEqual([422, 'version.already_used']);

    const archiveFull = await call('POST', `/product-lines/${lineId}/archive`, { headers: pm });
    expect([archiveFull.status, archiveFull.body.code]).toEqual([422, 'product_line.has_active_products']);

    expect(
      (await call('POST', `/products/${productId}/retire`, { headers: pm, body: { reason: 'done' } })).status,
    ).toBe(200);
    const afterRetire = await call('PATCH', `/products/${productId}`, {
      headers: pm,
      body: { name: 'Zombie' },
    });
    expect([afterRetire.status, afterRetire.body.code]).toEqual([422, 'product.retired']);

    // the line's only product retired: now it may be archived, and then takes no products
    expect((await call('POST', `/product-lines/${lineId}/archive`, { headers: pm })).status).toBe(200);
    const intoArchived = await call('POST', '/products', {
      headers: pm,
      body: {
        code: uniqueCode(),
        name: 'Late',
        productLineId: lineId,
        kind: 'software',
        market: 'b2b',
        ownerId: 'alice',
      },
    });
    expect([intoArchived.status, intoArchived.body.code]).toEqual([422, 'product_line.archived']);
  });

  it('moves a product between lines and keeps the line counts right', async () => {
    const from = await createLine('From');
    const to = await createLine('To');
    const productId = await registerProduct(from, uniqueCode());
    const moved = await call('PATCH', `/products/${productId}`, { headers: pm, body: { productLineId: to } });
    expect(moved.status).toBe(200);
    expect(moved.body.productLine).toEqual({ productLineId: to, name: 'To' });
    expect((await call('POST', `/product-lines/${from}/archive`, { headers: pm })).status).toBe(200);
    expect((await call('POST', `/product-lines/${to}/archive`, { headers: pm })).status).toBe(422);
  });

  it('replays a POST with the same Idempotency-Key instead of running it twice', async () => {
    const headers = { ...pm, 'idempotency-key': `key-${uniqueCode()}` };
    const body = { name: 'Once only', description: '' };
    const first = await call('POST', '/product-lines', { headers, body });
    const second = await call('POST', '/product-lines', { headers, body });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.productLineId).toBe(first.body.productLineId);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const reused = await call('POST', '/product-lines', { headers, body: { name: 'Different' } });
    expect(reused.status).toBe(422);
  });

  it('never leaves an active product in an archived line when archive and registrations race', async () => {
    for (let round = 0; round < 3; round++) {
      const lineId = await createLine(`Race ${round}`);
      const [archive, ...registrations] = await Promise.all([
        call('POST', `/product-lines/${lineId}/archive`, { headers: pm }),
        ...Array.from({ length: 4 }, () =>
          call('POST', '/products', {
            headers: pm,
            body: {
              code: uniqueCode(),
              name: 'Racer',
              productLineId: lineId,
              kind: 'software',
              market: 'b2b',
              ownerId: 'a',
            },
          }),
        ),
      ]);
      const registered = registrations.filter((r) => r.status === 201).length;
      expect([200, 422]).toContain(archive!.status);
      expect(
        registrations.every(
          (r) => r.status === 201 || (r.status === 422 && r.body.code === 'product_line.archived'),
        ),
      ).toBe(true);
      // Either the archive came first (no registration got in) or a registration did (the archive was refused).
      expect(archive!.status === 200 ? registered === 0 : registered > 0).toBe(true);
    }
  });

  it('documents every endpoint in OpenAPI', async () => {
    const docs = await call('GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths).sort()).toEqual(
      expect.arrayContaining([
        '/product-lines',
        '/product-lines/{id}',
        '/product-lines/{id}/archive',
        '/products',
        '/products/{id}',
        '/products/{id}/owner',
        '/products/{id}/stakeholders',
        '/products/{id}/stakeholders/{personId}/{role}',
        '/products/{id}/versions',
        '/products/{id}/versions/{version}/release',
        '/products/{id}/retire',
        '/products/{id}/history',
      ]),
    );
    const register = docs.body.paths['/products'].post;
    expect(Object.keys(register.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '422']),
    );
  });
});
