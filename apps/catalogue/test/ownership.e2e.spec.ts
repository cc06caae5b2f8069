import { httpClient, uniqueName, waitFor } from '@product-ledger/testing';
import { startCatalogue, type CatalogueTestApp } from './catalogue-test-app';

// The ownership rule in the catalogue: a product manager changes a product only as its owner, one of its
// product_management stakeholders or its line's owner; a line only as its owner; admin anything.
describe('catalogue over HTTP: who may change what', () => {
  let catalogue: CatalogueTestApp;
  let call: ReturnType<typeof httpClient>;
  const lena = 'lena'; // owns the line
  const olivia = 'olivia'; // owns the product
  const bob = 'bob'; // another product manager
  let as: Record<string, Record<string, string>>;

  beforeAll(async () => {
    catalogue = await startCatalogue();
    call = httpClient(catalogue.baseUrl);
    as = {
      lena: await catalogue.authAs(lena, 'product_manager'),
      olivia: await catalogue.authAs(olivia, 'product_manager'),
      bob: await catalogue.authAs(bob, 'product_manager'),
      admin: await catalogue.authAs('root', 'admin'),
    };
  });
  afterAll(async () => {
    await catalogue?.stop();
  });

  async function lineAndProduct(): Promise<{ lineId: string; productId: string }> {
    const line = await call('POST', '/product-lines', {
      headers: as.lena!,
      body: { name: uniqueName('Line') },
    });
    expect(line.status).toBe(201);
    expect(line.body.ownerId).toBe(lena);
    const product = await call('POST', '/products', {
      headers: as.lena!,
      body: {
        code: uniqueName('OWN')
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '')
          .slice(0, 30),
        name: 'Owned',
        productLineId: line.body.productLineId,
        kind: 'software',
        market: 'b2b',
        ownerId: olivia,
      },
    });
    expect(product.status).toBe(201);
    return { lineId: line.body.productLineId, productId: product.body.productId };
  }

  const writes = (productId: string) => [
    { method: 'PATCH', path: `/products/${productId}`, body: { name: 'Renamed' } },
    { method: 'PUT', path: `/products/${productId}/owner`, body: { ownerId: 'bob' } },
    { method: 'POST', path: `/products/${productId}/stakeholders`, body: { personId: 'bob', role: 'sales' } },
    { method: 'DELETE', path: `/products/${productId}/stakeholders/olivia/development`, body: undefined },
    {
      method: 'POST',
      path: `/products/${productId}/versions`,
      body: { version: '1.0.0', targetDate: '2030-01-01', scope: 'x' },
    },
    { method: 'POST', path: `/products/${productId}/versions/1.0.0/release`, body: {} },
    { method: 'POST', path: `/products/${productId}/retire`, body: { reason: 'not mine to retire' } },
  ];

  it('answers 403 not-product-owner to a product manager who is none of the stewards, on every product write', async () => {
    const { productId } = await lineAndProduct();
    const before = await catalogue.eventCount();
    for (const write of writes(productId)) {
      const response = await call(write.method, write.path, { headers: as.bob!, body: write.body });
      expect({ write: `${write.method} ${write.path}`, status: response.status }).toEqual({
        write: `${write.method} ${write.path}`,
        status: 403,
      });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.type).toBe('urn:product-ledger:problem:not-product-owner');
      expect(response.body.detail).toContain(productId);
    }
    expect(await catalogue.eventCount()).toBe(before);
  });

  it('lets the owner, the line owner and admin change the product', async () => {
    const { productId } = await lineAndProduct();
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.olivia!, body: { name: 'By owner' } }))
        .status,
    ).toBe(200);
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.lena!, body: { name: 'By line owner' } }))
        .status,
    ).toBe(200);
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.admin!, body: { name: 'By admin' } }))
        .status,
    ).toBe(200);
  });

  it('lets a product_management stakeholder change the product, and no longer once removed', async () => {
    const { productId } = await lineAndProduct();
    const added = await call('POST', `/products/${productId}/stakeholders`, {
      headers: as.olivia!,
      body: { personId: bob, role: 'product_management' },
    });
    expect(added.status).toBe(201);
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.bob!, body: { name: 'By bob' } })).status,
    ).toBe(200);

    // Another role gives no right to change it.
    await call('POST', `/products/${productId}/stakeholders`, {
      headers: as.olivia!,
      body: { personId: 'sam', role: 'sales' },
    });
    const sam = await catalogue.authAs('sam', 'product_manager');
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: sam, body: { name: 'By sam' } })).status,
    ).toBe(403);

    const removed = await call('DELETE', `/products/${productId}/stakeholders/${bob}/product_management`, {
      headers: as.olivia!,
    });
    expect(removed.status).toBe(200);
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.bob!, body: { name: 'Again' } })).status,
    ).toBe(403);
  });

  it('moves a product only into a line whose owner agrees: the mover must be allowed to change that line', async () => {
    const { productId } = await lineAndProduct();
    const bobsLine = await call('POST', '/product-lines', {
      headers: as.bob!,
      body: { name: uniqueName('Bob line') },
    });
    expect(bobsLine.status).toBe(201);
    const refused = await call('PATCH', `/products/${productId}`, {
      headers: as.olivia!,
      body: { productLineId: bobsLine.body.productLineId },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:product-ledger:problem:not-product-line-owner');
    const moved = await call('PATCH', `/products/${productId}`, {
      headers: as.admin!,
      body: { productLineId: bobsLine.body.productLineId },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.productLine.productLineId).toBe(bobsLine.body.productLineId);
  });

  it('answers 404, not 403, for an unknown product', async () => {
    const response = await call('PATCH', '/products/00000000-0000-4000-8000-000000000000', {
      headers: as.bob!,
      body: { name: 'x' },
    });
    expect(response.status).toBe(404);
  });

  it("lets only the line's owner (or admin) change a line, and moves that right with PUT /product-lines/{id}/owner", async () => {
    const { lineId, productId } = await lineAndProduct();
    const refused = await call('PATCH', `/product-lines/${lineId}`, {
      headers: as.bob!,
      body: { description: 'mine now' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:product-ledger:problem:not-product-line-owner');
    expect(
      (await call('PUT', `/product-lines/${lineId}/owner`, { headers: as.bob!, body: { ownerId: bob } }))
        .status,
    ).toBe(403);

    const assigned = await call('PUT', `/product-lines/${lineId}/owner`, {
      headers: as.lena!,
      body: { ownerId: bob },
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.ownerId).toBe(bob);
    // Bob now owns the line, so its products are his to change; Lena's right went with it.
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.bob!, body: { name: 'Line owner bob' } }))
        .status,
    ).toBe(200);
    expect(
      (await call('PATCH', `/products/${productId}`, { headers: as.lena!, body: { name: 'Lena' } })).status,
    ).toBe(403);
    expect(
      (await call('PATCH', `/product-lines/${lineId}`, { headers: as.lena!, body: { description: 'x' } }))
        .status,
    ).toBe(403);

    const history = await call('GET', `/products/${productId}/history`, { headers: as.bob! });
    expect(history.body.items.at(-1)).toMatchObject({ type: 'ProductRenamed', actor: bob });
  });

  it('lists with mine=true only the products I own or take part in, and the lines I own', async () => {
    const { lineId, productId } = await lineAndProduct();
    const other = await lineAndProduct();
    await call('POST', `/products/${other.productId}/stakeholders`, {
      headers: as.olivia!,
      body: { personId: 'sam-mine', role: 'support' },
    });
    const sam = await catalogue.authAs('sam-mine', 'viewer');
    await waitFor(
      async () => {
        const mine = await call('GET', '/products?mine=true&limit=200', { headers: sam });
        return mine.body.items.map((p: { productId: string }) => p.productId).join() === other.productId;
      },
      { timeoutMs: 60_000, description: 'mine=true lists the product sam takes part in' },
    );
    const oliviasProducts = await call('GET', '/products?mine=true&limit=200', { headers: as.olivia! });
    expect(oliviasProducts.body.items.map((p: { productId: string }) => p.productId)).toEqual(
      expect.arrayContaining([productId, other.productId]),
    );
    await waitFor(
      async () => {
        const lines = await call('GET', '/product-lines?mine=true&limit=200', { headers: as.lena! });
        const ids = lines.body.items.map((l: { productLineId: string; ownerId?: string }) => l.productLineId);
        return (
          ids.includes(lineId) && lines.body.items.every((l: { ownerId?: string }) => l.ownerId === lena)
        );
      },
      { timeoutMs: 60_000, description: "mine=true lists lena's lines" },
    );
    const bobs = await call('GET', '/product-lines?mine=true', { headers: as.bob! });
    expect(bobs.body.items.map((l: { productLineId: string }) => l.productLineId)).not.toContain(lineId);
    expect((await call('GET', '/products?mine=maybe', { headers: as.bob! })).status).toBe(400);
  });
});
