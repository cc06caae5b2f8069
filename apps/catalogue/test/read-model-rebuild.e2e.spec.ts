import { ProjectionsService } from '@product-ledger/nest-event-sourcing';
import { waitFor, httpClient } from '@product-ledger/testing';
import { startCatalogue, type CatalogueTestApp } from './catalogue-test-app';

describe('catalogue read model', () => {
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

  /** Every read-model row, in a stable order. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const tables = {
      product_lines: 'product_line_id',
      products: 'product_id',
      product_versions: 'product_id, version',
      product_stakeholders: 'product_id, person_id, role',
    };
    const result: Record<string, unknown[]> = {};
    for (const [table, order] of Object.entries(tables)) {
      result[table] = (await catalogue.db.pool.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows;
    }
    return result;
  }

  it('is rebuilt from the topics into exactly the same rows', async () => {
    const lineA = (
      await call('POST', '/product-lines', { headers: pm, body: { name: 'A', description: 'first' } })
    ).body;
    const lineB = (await call('POST', '/product-lines', { headers: pm, body: { name: 'B' } })).body;
    await call('PATCH', `/product-lines/${lineB.productLineId}`, {
      headers: pm,
      body: { name: 'B2', description: 'x' },
    });
    const product = (
      await call('POST', '/products', {
        headers: pm,
        body: {
          code: 'REBUILD',
          name: 'R',
          productLineId: lineA.productLineId,
          kind: 'software',
          market: 'b2b',
          ownerId: 'o',
        },
      })
    ).body;
    const id = product.productId;
    await call('PATCH', `/products/${id}`, {
      headers: pm,
      body: { productLineId: lineB.productLineId, description: 'moved' },
    });
    await call('POST', `/product-lines/${lineA.productLineId}/archive`, { headers: pm });
    await call('POST', `/products/${id}/stakeholders`, {
      headers: pm,
      body: { personId: 'p1', role: 'finance' },
    });
    await call('POST', `/products/${id}/stakeholders`, {
      headers: pm,
      body: { personId: 'p2', role: 'legal' },
    });
    await call('DELETE', `/products/${id}/stakeholders/p1/finance`, { headers: pm });
    await call('POST', `/products/${id}/versions`, {
      headers: pm,
      body: { version: '1.0.0', targetDate: '2026-03-01', scope: 's' },
    });
    await call('POST', `/products/${id}/versions`, {
      headers: pm,
      body: { version: '1.1.0', targetDate: '2026-06-01', scope: 't' },
    });
    await call('POST', `/products/${id}/versions/1.0.0/release`, { headers: pm, body: {} });
    const last = await call('POST', `/products/${id}/retire`, { headers: pm, body: { reason: 'end' } });
    expect(last.status).toBe(200);

    await waitFor(
      async () => {
        const rows = await catalogue.db.pool.query(`SELECT version FROM products WHERE product_id = $1`, [
          id,
        ]);
        return rows.rows[0]?.version === last.body.revision;
      },
      { description: 'the live projection to catch up' },
    );
    const live = await snapshot();
    expect(live.products).toHaveLength(1);
    expect(live.product_lines).toHaveLength(2);

    // Damage the read model first: only a real rebuild from the topics brings the rows back.
    await catalogue.db.pool.query(`UPDATE products SET name = 'damaged', version = 999`);
    await catalogue.db.pool.query(`DELETE FROM product_stakeholders`);
    const progress = await catalogue.app.get(ProjectionsService).rebuild('catalogue-read-model');
    expect(progress.caughtUp).toBe(true);
    expect(await snapshot()).toEqual(live);
  });
});
