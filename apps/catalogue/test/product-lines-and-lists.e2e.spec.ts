import { waitFor, httpClient } from '@product-ledger/testing';
import { startCatalogue, type CatalogueTestApp } from './catalogue-test-app';

describe('catalogue over HTTP: product lines and lists', () => {
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

  it('creates, revises and archives a product line', async () => {
    const created = await call('POST', '/product-lines', { headers: pm, body: { name: 'Devices' } });
    expect(created.status).toBe(201);
    const id = created.body.productLineId;
    expect(created.headers.get('location')).toBe(`/product-lines/${id}`);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toEqual({
      productLineId: id,
      name: 'Devices',
      description: '',
      status: 'active',
      ownerId: 'tester-product_manager',
      revision: 1,
    });

    const revised = await call('PATCH', `/product-lines/${id}`, {
      headers: { ...pm, 'if-match': '"1"' },
      body: { name: 'Hardware', description: 'Things you can drop' },
    });
    expect(revised.status).toBe(200);
    expect(revised.headers.get('etag')).toBe('"3"');
    const stale = await call('PATCH', `/product-lines/${id}`, {
      headers: { ...pm, 'if-match': '"1"' },
      body: { name: 'X' },
    });
    expect(stale.status).toBe(409);
    const unchanged = await call('PATCH', `/product-lines/${id}`, {
      headers: pm,
      body: { name: 'Hardware' },
    });
    expect([unchanged.status, unchanged.headers.get('etag')]).toEqual([200, '"3"']);

    const archived = await call('POST', `/product-lines/${id}/archive`, {
      headers: { ...pm, 'if-match': '"3"' },
    });
    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe('archived');
    const renameArchived = await call('PATCH', `/product-lines/${id}`, { headers: pm, body: { name: 'Y' } });
    expect([renameArchived.status, renameArchived.body.code]).toEqual([422, 'product_line.archived']);
    expect(
      (await call('POST', `/product-lines/${id}/archive`, { headers: pm, body: { force: true } })).status,
    ).toBe(400);

    const got = await call('GET', `/product-lines/${id}`, { headers: await catalogue.auth('viewer') });
    expect(got.body).toMatchObject({
      name: 'Hardware',
      description: 'Things you can drop',
      status: 'archived',
      revision: 4,
    });
    expect(got.headers.get('etag')).toBe('"4"');

    const listed = await waitFor(
      async () => {
        const page = await call('GET', '/product-lines?status=archived', { headers: pm });
        return page.body.items.find((l: { productLineId: string }) => l.productLineId === id);
      },
      { description: 'the archived line in the read model' },
    );
    expect(listed).toMatchObject({ name: 'Hardware', status: 'archived', revision: 4 });
  });

  it('lists products with filters and pages through them with a cursor', async () => {
    const line = (await call('POST', '/product-lines', { headers: pm, body: { name: 'Listing' } })).body
      .productLineId;
    const other = (await call('POST', '/product-lines', { headers: pm, body: { name: 'Other' } })).body
      .productLineId;
    const codes = ['LIST-A', 'LIST-B', 'LIST-C', 'LIST-D', 'LIST-E'];
    const ids: Record<string, string> = {};
    for (const [i, code] of codes.entries()) {
      const registered = await call('POST', '/products', {
        headers: pm,
        body: {
          code,
          name: i === 2 ? 'Special widget' : `Product ${code}`,
          description: i === 4 ? 'contains 100%_literal' : '',
          productLineId: line,
          kind: 'physical',
          market: 'b2b',
          ownerId: i % 2 === 0 ? 'olga' : 'omar',
        },
      });
      expect(registered.status).toBe(201);
      ids[code] = registered.body.productId;
    }
    await call('POST', '/products', {
      headers: pm,
      body: {
        code: 'ELSEWHERE',
        name: 'Elsewhere',
        productLineId: other,
        kind: 'physical',
        market: 'b2b',
        ownerId: 'olga',
      },
    });
    await call('POST', `/products/${ids['LIST-D']}/retire`, { headers: pm, body: { reason: 'gone' } });
    await call('POST', `/products/${ids['LIST-A']}/stakeholders`, {
      headers: pm,
      body: { personId: 'sue', role: 'sales' },
    });
    await call('POST', `/products/${ids['LIST-A']}/stakeholders`, {
      headers: pm,
      body: { personId: 'sam', role: 'support' },
    });
    const removed = await call('DELETE', `/products/${ids['LIST-A']}/stakeholders/sam/support`, {
      headers: pm,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.stakeholders).toEqual([{ personId: 'sue', role: 'sales' }]);
    expect(
      (await call('DELETE', `/products/${ids['LIST-A']}/stakeholders/sam/support`, { headers: pm })).status,
    ).toBe(404);
    expect(
      (await call('DELETE', `/products/${ids['LIST-A']}/stakeholders/sam/astronaut`, { headers: pm })).status,
    ).toBe(400);

    const codesOf = async (query: string) =>
      (await call('GET', `/products?lineId=${line}${query}`, { headers: pm })).body.items.map(
        (p: { code: string }) => p.code,
      );
    await waitFor(
      async () => (await codesOf('&status=retired')).length === 1 && (await codesOf('')).length === 5,
      {
        description: 'the read model to hold the five products',
      },
    );
    await waitFor(
      async () => {
        const page = await call('GET', `/products?lineId=${line}&q=LIST-A`, { headers: pm });
        return page.body.items[0]?.stakeholders.length === 1;
      },
      { description: 'the stakeholder removal in the read model' },
    );
    expect(await codesOf('')).toEqual(codes);
    expect(await codesOf('&ownerId=omar')).toEqual(['LIST-B', 'LIST-D']);
    expect(await codesOf('&status=active')).toEqual(['LIST-A', 'LIST-B', 'LIST-C', 'LIST-E']);
    expect(await codesOf('&q=special')).toEqual(['LIST-C']);
    expect(await codesOf('&q=100%25_')).toEqual(['LIST-E']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call('GET', `/products?lineId=${line}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: pm,
      });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: { code: string }) => p.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(codes);
  });

  it('pages through a product history', async () => {
    const line = (await call('POST', '/product-lines', { headers: pm, body: { name: 'History' } })).body
      .productLineId;
    const id = (
      await call('POST', '/products', {
        headers: pm,
        body: {
          code: 'HIST',
          name: 'H0',
          productLineId: line,
          kind: 'software',
          market: 'internal',
          ownerId: 'olga',
        },
      })
    ).body.productId;
    for (let i = 1; i <= 4; i++)
      await call('PATCH', `/products/${id}`, { headers: pm, body: { name: `H${i}` } });
    const first = await call('GET', `/products/${id}/history?limit=3`, { headers: pm });
    expect(first.body.items.map((e: { revision: number }) => e.revision)).toEqual([1, 2, 3]);
    const second = await call('GET', `/products/${id}/history?limit=3&cursor=${first.body.nextCursor}`, {
      headers: pm,
    });
    expect(second.body.items.map((e: { revision: number }) => e.revision)).toEqual([4, 5]);
    expect(second.body.nextCursor).toBeUndefined();
    expect(second.body.items[1]).toMatchObject({
      type: 'ProductRenamed',
      data: { name: 'H4', previousName: 'H3' },
    });
  });
});
