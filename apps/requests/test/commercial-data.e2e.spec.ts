import { waitFor } from '@product-ledger/testing';
import { startRequests, type RequestsTestApp } from './requests-test-app';

// Customer account revenue, deal values and revenue-weighted demand are commercial data: Sales sees them,
// a viewer, a contributor or an integration reads the same request without them, anywhere in the answer.
describe('requests over HTTP: commercial data', () => {
  let service: RequestsTestApp;
  let productId: string;
  let requestId: string;
  // Numbers that appear nowhere else in an answer, so searching the whole body for them is meaningful.
  const revenue = 7_345_219;
  const otherRevenue = 6_128_437;
  const dealValue = 5_917_363;
  const demand = String(revenue + otherRevenue);

  beforeAll(async () => {
    service = await startRequests();
    productId = await service.registerProduct();
    const sales = await service.auth(['sales'], 'sam.sales');
    const submitted = await service.call('POST', '/requests', {
      headers: sales,
      body: {
        title: 'Audit trail export',
        source: 'sales',
        productId,
        accounts: [{ accountId: 'acct-umbrella', name: 'Umbrella', revenue }],
        dealValue,
      },
    });
    expect(submitted.status).toBe(201);
    requestId = submitted.body.requestId;
    const endorsed = await service.call('POST', `/requests/${requestId}/endorsements`, {
      headers: sales,
      body: { account: { accountId: 'acct-tyrell', name: 'Tyrell', revenue: otherRevenue } },
    });
    expect(endorsed.status).toBe(201);
    await service.waitForConsumer('request-list');
  });
  afterAll(async () => {
    await service?.stop();
  });

  const reads = (withRanking = true) => [
    `/requests/${requestId}`,
    `/requests/${requestId}/history`,
    `/requests?productId=${productId}`,
    ...(withRanking ? [`/requests/ranking?productId=${productId}`] : []),
  ];

  async function bodies(headers: Record<string, string>, withRanking = true): Promise<string[]> {
    return Promise.all(
      reads(withRanking).map(async (path) => {
        const answer = await service.call('GET', path, { headers });
        expect({ path, status: answer.status }).toEqual({ path, status: 200 });
        return JSON.stringify(answer.body);
      }),
    );
  }

  it('shows Sales the revenue, the deal value and the demand', async () => {
    await waitFor(
      async () => (await bodies(await service.auth(['sales']))).every((body) => body.includes(requestId)),
      {
        description: 'the request in every read',
      },
    );
    const [single, history, list, ranking] = await bodies(await service.auth(['sales']));
    for (const body of [single, history]) {
      expect(body).toContain(String(revenue));
      expect(body).toContain(String(dealValue));
    }
    expect(single).toContain(demand);
    expect(list).toContain(demand);
    expect(list).toContain(String(dealValue));
    expect(ranking).toContain(String(revenue));
    expect(ranking).toContain(`demand ${demand} in annual revenue`);
  });

  it.each([['viewer'], ['contributor'], ['integration']] as const)(
    'omits every commercial field for %s: no revenue, deal value or demand anywhere in JSON or history',
    async (role) => {
      const answers = await bodies(await service.auth([role]), false);
      for (const body of answers) {
        expect(body).toContain(requestId);
        for (const figure of [String(revenue), String(otherRevenue), String(dealValue), demand])
          expect(body).not.toContain(figure);
        expect(body).not.toMatch(/"(revenue|dealValue|demand)"/);
      }
      // What is not commercial stays: the accounts' names, the title, the RHiNO flag.
      expect(answers[0]).toContain('Umbrella');
      expect(answers[0]).toContain('"rhino"');
      // The priority weighs the demand, so it goes too, and so does the ranking, whose order it is.
      expect(answers[2]).not.toContain('"priority"');
      const ranking = await service.call('GET', `/requests/ranking?productId=${productId}`, {
        headers: await service.auth([role]),
      });
      expect(ranking.status).toBe(403);
    },
  );

  it.each([['demand'], ['priority']])(
    'refuses sort=%s for a role that may not see commercial data (the order would tell), and lets Sales',
    async (sort) => {
      const viewer = await service.call('GET', `/requests?sort=${sort}`, {
        headers: await service.auth(['viewer']),
      });
      expect(viewer.status).toBe(403);
      expect(viewer.headers.get('content-type')).toContain('application/problem+json');
      const sales = await service.call('GET', `/requests?sort=${sort}`, {
        headers: await service.auth(['sales']),
      });
      expect(sales.status).toBe(200);
      const recent = await service.call('GET', '/requests?sort=recent', {
        headers: await service.auth(['viewer']),
      });
      expect(recent.status).toBe(200);
    },
  );

  it('says in the OpenAPI document which fields are commercial', async () => {
    const docs = await service.call('GET', '/docs-json');
    const get = docs.body.paths['/requests/{id}'].get;
    expect(get['x-commercial-fields']).toEqual(['revenue', 'dealValue', 'demand', 'priority', 'explanation']);
    expect(docs.body.components.schemas.RequestView.properties.dealValue.description).toMatch(
      /omitted for the viewer/,
    );
  });
});
