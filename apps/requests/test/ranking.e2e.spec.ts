import { waitFor } from '@product-ledger/testing';
import { randomUUID } from 'node:crypto';
import { startRequests, type RequestsTestApp } from './requests-test-app';

/**
 * Ranking on a small known set. Best RICE of the product is 200 (sso), best demand 4,000,000 (sso:
 * Acme 3,000,000 + Globex 1,000,000). Priority = RICE share × 50 + demand share × 30 + fit ÷ 5 × 20.
 */
describe('ranking and listing requests', () => {
  let service: RequestsTestApp;
  let sales: Record<string, string>;
  let pm: Record<string, string>;
  let productId: string;
  const ids: Record<string, string> = {};

  const acme = { accountId: 'acme', name: 'Acme', revenue: 3_000_000 };
  const globex = { accountId: 'globex', name: 'Globex', revenue: 1_000_000 };
  const initech = { accountId: 'initech', name: 'Initech', revenue: 500_000 };

  async function submit(
    title: string,
    accounts: object[],
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const answer = await service.call('POST', '/requests', {
      headers: sales,
      body: { title, source: 'sales', productId, accounts, ...extra },
    });
    expect(answer.status).toBe(201);
    return answer.body.requestId;
  }

  async function score(id: string, body: Record<string, number>): Promise<void> {
    expect((await service.call('PUT', `/requests/${id}/score`, { headers: pm, body })).status).toBe(200);
  }

  beforeAll(async () => {
    service = await startRequests();
    sales = await service.auth(['sales'], 'sam.sales');
    pm = await service.auth(['product_manager'], 'pat.pm');
    productId = await service.registerProduct();

    ids.sso = await submit('Single sign-on', [acme, globex]);
    ids.export = await submit('CSV export', [initech], { source: 'customer' });
    ids.rhino = await submit('Custom banking report', [acme], { dealValue: 2_000_000 });
    ids.unscored = await submit('Dark mode', [globex, initech], { source: 'support' });
    ids.declined = await submit('Fax integration', [initech]);
    await score(ids.sso!, { reach: 500, impact: 2, confidence: 0.8, effort: 4, strategicFit: 4 });
    await score(ids.export!, { reach: 1000, impact: 1, confidence: 0.5, effort: 5, strategicFit: 5 });
    await score(ids.rhino!, { reach: 10, impact: 3, confidence: 1, effort: 3, strategicFit: 1 });
    await service.call('POST', `/requests/${ids.declined}/decision`, {
      headers: pm,
      body: { outcome: 'decline', reason: 'Fax is gone' },
    });

    // The read model has caught up once the last change shows.
    await waitFor(
      async () => {
        const list = await service.call('GET', `/requests?productId=${productId}`, { headers: pm });
        const rows = new Map<string, { status: string; rice: number | null }>(
          list.body.items.map((item: { requestId: string; status: string; rice: number | null }) => [
            item.requestId,
            item,
          ]),
        );
        return (
          rows.size === 5 &&
          rows.get(ids.sso!)?.rice === 200 &&
          rows.get(ids.export!)?.rice === 100 &&
          rows.get(ids.rhino!)?.rice === 10 &&
          rows.get(ids.declined!)?.status === 'declined'
        );
      },
      { description: 'the request list to hold every change' },
    );
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('ranks the open requests of a product with every part of the score shown', async () => {
    const answer = await service.call('GET', `/requests/ranking?productId=${productId}`, { headers: sales });
    expect(answer.status).toBe(200);
    expect(answer.body.product).toMatchObject({ productId, name: 'Nimbus CRM', status: 'active' });
    expect(answer.body.weights).toEqual({ rice: 50, demand: 30, strategicFit: 20 });
    const items = answer.body.items as {
      rank: number;
      requestId: string;
      priority: number;
      parts: any;
      explanation: string;
      rhino: boolean;
    }[];
    expect(items.map((item) => [item.rank, item.requestId, item.priority])).toEqual([
      [1, ids.sso, 96], // 50 + 30 + 16
      [2, ids.export, 48.75], // 25 + 3.75 + 20
      [3, ids.rhino, 29], // 2.5 + 22.5 + 4
      [4, ids.unscored, 11.25], // 0 + 11.25 + 0
    ]);
    expect(items[1]!.parts).toEqual({
      rice: {
        reach: 1000,
        impact: 1,
        confidence: 0.5,
        effort: 5,
        value: 100,
        best: 200,
        share: 0.5,
        weight: 50,
        points: 25,
      },
      demand: {
        accounts: [initech],
        accountCount: 1,
        value: 500_000,
        best: 4_000_000,
        share: 0.125,
        weight: 30,
        points: 3.75,
      },
      strategicFit: { value: 5, max: 5, share: 1, weight: 20, points: 20 },
    });
    expect(items[1]!.explanation).toBe(
      'Priority 48.75 of 100: RICE 100 (reach 1000 × impact 1 × confidence 0.5 ÷ effort 5) is 50% of the ' +
        "product's best (200): 25 of 50 points; demand 500000 in annual revenue from 1 account (Initech) is 13% " +
        "of the product's best (4000000): 3.75 of 30 points; strategic fit 5 of 5: 20 of 20 points.",
    );
    expect(items[2]).toMatchObject({ rhino: true });
    expect(items[2]!.explanation).toContain('RHiNO');
  });

  it('needs a productId (400)', async () => {
    const answer = await service.call('GET', '/requests/ranking', { headers: pm });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].path).toBe('productId');
  });

  it('lists by priority (unranked last), by demand and most recent first', async () => {
    const byPriority = await service.call('GET', `/requests?productId=${productId}&sort=priority`, {
      headers: pm,
    });
    expect(byPriority.body.items.map((item: { requestId: string }) => item.requestId)).toEqual([
      ids.sso,
      ids.export,
      ids.rhino,
      ids.unscored,
      ids.declined,
    ]);
    expect(byPriority.body.items.map((item: { priority: number | null }) => item.priority)).toEqual([
      96,
      48.75,
      29,
      11.25,
      null,
    ]);

    const byDemand = await service.call('GET', `/requests?productId=${productId}&sort=demand`, {
      headers: pm,
    });
    expect(byDemand.body.items.map((item: { demand: number }) => item.demand)).toEqual([
      4_000_000, 3_000_000, 1_500_000, 500_000, 500_000,
    ]);

    const recent = await service.call('GET', `/requests?productId=${productId}`, { headers: pm });
    expect(recent.body.items[0].requestId).toBe(ids.declined);
    expect(recent.body.items[0]).toMatchObject({
      title: 'Fax integration',
      status: 'declined',
      accountCount: 1,
      rhino: false,
    });
  });

  it('filters by status, source and RHiNO', async () => {
    const ids_ = async (query: string) =>
      (
        await service.call('GET', `/requests?productId=${productId}&${query}`, { headers: pm })
      ).body.items.map((item: { requestId: string }) => item.requestId);
    expect(await ids_('rhino=true')).toEqual([ids.rhino]);
    expect(await ids_('source=support')).toEqual([ids.unscored]);
    expect(await ids_('status=declined')).toEqual([ids.declined]);
    expect((await ids_('rhino=false')).length).toBe(4);
  });

  it.each(['priority', 'demand', 'recent'])('pages with an opaque cursor (sort=%s)', async (sort) => {
    const all = (
      await service.call('GET', `/requests?productId=${productId}&sort=${sort}`, { headers: pm })
    ).body.items.map((item: { requestId: string }) => item.requestId);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await service.call(
        'GET',
        `/requests?productId=${productId}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        {
          headers: pm,
        },
      );
      expect(page.status).toBe(200);
      paged.push(...page.body.items.map((item: { requestId: string }) => item.requestId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('refuses a foreign or forged cursor (400)', async () => {
    const forged = Buffer.from(JSON.stringify(['recent', '2026-02-31 10:00:00+00', randomUUID()])).toString(
      'base64url',
    );
    for (const cursor of ['nonsense', forged]) {
      const answer = await service.call('GET', `/requests?cursor=${cursor}`, { headers: pm });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].path).toBe('cursor');
    }
    const otherSort = (
      await service.call('GET', `/requests?productId=${productId}&sort=demand&limit=1`, { headers: pm })
    ).body.nextCursor;
    expect(
      (await service.call('GET', `/requests?sort=recent&cursor=${otherSort}`, { headers: pm })).status,
    ).toBe(400);
  });
});
