import { randomUUID } from 'node:crypto';
import { lifecycleIdFor } from '@product-ledger/contracts';
import { signDevToken, type Role } from '@product-ledger/service-kit';
import { uniqueName, waitFor } from '@product-ledger/testing';
import { startPlatform, type RunningPlatform, type ServiceName } from './running-platform';

// The ownership rule across the platform: the catalogue decides it from its streams, lifecycle and requests
// from their own copy of the stewards, fed by the catalogue's events. Olivia owns the product; Bob, another
// product manager, is refused everywhere until Olivia makes him a product_management stakeholder.
describe('who may change a product, in catalogue, lifecycle and requests', () => {
  const run = uniqueName('own');
  let platform: RunningPlatform;

  async function call(
    service: ServiceName,
    as: string,
    roles: Role[],
    method: string,
    path: string,
    body?: unknown,
  ) {
    const token = await signDevToken({ sub: as, roles });
    const response = await fetch(`${platform.services[service].baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  const pm = (as: string, service: ServiceName, method: string, path: string, body?: unknown) =>
    call(service, as, ['product_manager'], method, path, body);

  beforeAll(async () => {
    platform = await startPlatform(['catalogue', 'lifecycle', 'requests']);
  }, 300_000);

  afterAll(async () => {
    const codes = await platform?.stop();
    expect(codes?.every((code) => code === 0)).toBe(true);
  });

  const stewardsIn = async (
    service: 'lifecycle' | 'requests',
    productId: string,
    has: (row: { stakeholders: unknown[] }) => boolean,
  ) =>
    waitFor(
      async () => {
        const { rows } = await platform.databases[service].pool.query(
          'SELECT stakeholders FROM product_stewards WHERE product_id = $1',
          [productId],
        );
        return rows[0] !== undefined && has(rows[0]);
      },
      { timeoutMs: 90_000, description: `the stewards of ${productId} in ${service}` },
    );

  it('refuses Bob in all three services, then lets him once he is a product_management stakeholder', async () => {
    const line = await pm('olivia', 'catalogue', 'POST', '/product-lines', { name: `Line ${run}` });
    expect(line.status).toBe(201);
    const product = await pm('olivia', 'catalogue', 'POST', '/products', {
      code: `OWN-${randomUUID().slice(0, 8).toUpperCase()}`,
      name: 'Owned everywhere',
      productLineId: line.body.productLineId,
      kind: 'software',
      market: 'b2b',
      ownerId: 'olivia',
    });
    expect(product.status).toBe(201);
    const productId: string = product.body.productId;
    const lifecycleId = lifecycleIdFor(productId);
    await waitFor(
      async () => (await pm('olivia', 'lifecycle', 'GET', `/lifecycles/${lifecycleId}`)).status === 200,
      {
        timeoutMs: 90_000,
        description: 'the lifecycle started from the catalogue event',
      },
    );
    await Promise.all([
      stewardsIn('lifecycle', productId, () => true),
      stewardsIn('requests', productId, () => true),
    ]);
    const submitted = await call('requests', 'sam', ['sales'], 'POST', '/requests', {
      title: 'Single sign-on',
      description: 'Customers want SSO',
      source: 'sales',
      productId,
      accounts: [{ accountId: 'acme', name: 'Acme', revenue: 100000 }],
    });
    expect(submitted.status).toBe(201);
    const requestId: string = submitted.body.requestId;

    const businessCase = {
      proposition: 'A ledger for everyone',
      targetMarket: 'SMB',
      currency: 'EUR',
      investment: 100000,
      expectedRevenue: { year1: 10000, year2: 50000, year3: 150000 },
      paybackMonths: 24,
    };
    const score = { reach: 100, impact: 2, confidence: 0.8, effort: 3, strategicFit: 4 };
    const bobsWrites = () => [
      pm('bob', 'catalogue', 'PATCH', `/products/${productId}`, { description: 'by bob' }),
      pm('bob', 'lifecycle', 'PUT', `/lifecycles/${lifecycleId}/business-case`, businessCase),
      pm('bob', 'requests', 'PUT', `/requests/${requestId}/score`, score),
    ];
    const refused = await Promise.all(bobsWrites());
    for (const answer of refused) {
      expect(answer.status).toBe(403);
      expect(answer.body.type).toBe('urn:product-ledger:problem:not-product-owner');
    }

    const added = await pm('olivia', 'catalogue', 'POST', `/products/${productId}/stakeholders`, {
      personId: 'bob',
      role: 'product_management',
    });
    expect(added.status).toBe(201);
    const isBob = (row: { stakeholders: unknown[] }) =>
      JSON.stringify(row.stakeholders).includes('"personId": "bob"') ||
      JSON.stringify(row.stakeholders).includes('"personId":"bob"');
    await Promise.all([stewardsIn('lifecycle', productId, isBob), stewardsIn('requests', productId, isBob)]);

    const allowed = await Promise.all(bobsWrites());
    expect(allowed.map((answer) => answer.status)).toEqual([200, 200, 200]);

    // A gatekeeper who owns the product may not decide its gate.
    const review = await pm('olivia', 'lifecycle', 'POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      toStage: 'analysis',
    });
    expect(review.status).toBe(201);
    const own = await call(
      'lifecycle',
      'olivia',
      ['gatekeeper'],
      'POST',
      `/gate-reviews/${review.body.reviewId}/decision`,
      {
        decision: 'kill',
        rationale: 'mine',
      },
    );
    expect(own.status).toBe(403);
    expect(own.body.type).toBe('urn:product-ledger:problem:own-gate-decision');
    const other = await call(
      'lifecycle',
      'gina',
      ['gatekeeper'],
      'POST',
      `/gate-reviews/${review.body.reviewId}/decision`,
      {
        decision: 'hold',
        rationale: 'not yet',
      },
    );
    expect(other.status).toBe(200);
  });
});
