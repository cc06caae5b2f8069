import { randomUUID } from 'node:crypto';
import { startRequests, type RequestsTestApp } from './requests-test-app';

describe('requests over HTTP', () => {
  let service: RequestsTestApp;
  let sales: Record<string, string>;
  let pm: Record<string, string>;
  let productId: string;

  const acme = { accountId: 'acct-acme', name: 'Acme', revenue: 1_200_000 };
  const globex = { accountId: 'acct-globex', name: 'Globex', revenue: 800_000 };
  const initech = { accountId: 'acct-initech', name: 'Initech', revenue: 300_000 };

  beforeAll(async () => {
    service = await startRequests();
    sales = await service.auth(['sales'], 'sam.sales');
    pm = await service.auth(['product_manager'], 'pat.pm');
    productId = await service.registerProduct();
  });

  afterAll(async () => {
    await service?.stop();
  });

  async function submit(body: Record<string, unknown> = {}, headers = sales) {
    const answer = await service.call('POST', '/requests', {
      headers,
      body: {
        title: 'Single sign-on with Okta',
        source: 'sales',
        productId,
        accounts: [acme, globex],
        dealValue: 100_000,
        ...body,
      },
    });
    expect(answer.status).toBe(201);
    return answer;
  }

  it('documents every endpoint in OpenAPI', async () => {
    const docs = await service.call('GET', '/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/requests',
        '/requests/ranking',
        '/requests/{id}',
        '/requests/{id}/history',
        '/requests/{id}/product',
        '/requests/{id}/endorsements',
        '/requests/{id}/merge',
        '/requests/{id}/score',
        '/requests/{id}/decision',
      ]),
    );
    expect(docs.body.components.schemas.SubmitRequestBody.required).toEqual(['title', 'source']);
  });

  describe('submit and read', () => {
    it('submits a request: 201 with Location, ETag and the request', async () => {
      const answer = await submit({ description: 'Acme and Globex want Okta SSO' });
      const requestId = answer.body.requestId;
      expect(answer.headers.get('location')).toBe(`/requests/${requestId}`);
      expect(answer.headers.get('etag')).toBe('"1"');
      expect(answer.body).toMatchObject({
        title: 'Single sign-on with Okta',
        description: 'Acme and Globex want Okta SSO',
        source: 'sales',
        productId,
        status: 'open',
        requesters: ['sam.sales'],
        accounts: [acme, globex],
        demand: 2_000_000,
        dealValue: 100_000,
        rhino: false,
        rhinoThreshold: 250_000,
        version: 1,
      });

      const read = await service.call('GET', `/requests/${requestId}`, { headers: pm });
      expect(read.status).toBe(200);
      expect(read.headers.get('etag')).toBe('"1"');
      expect(read.body).toEqual(answer.body);
    });

    it('submits without a product, with the caller as requester, no accounts and no deal', async () => {
      const answer = await service.call('POST', '/requests', {
        headers: await service.auth(['integration'], 'crm-bot'),
        body: { title: 'Export to CSV', source: 'customer' },
      });
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        requesters: ['crm-bot'],
        accounts: [],
        rhino: false,
      });
      // An integration does not see commercial data; a product manager reads the same request with it.
      expect(answer.body).not.toHaveProperty('dealValue');
      expect(answer.body).not.toHaveProperty('demand');
      const read = await service.call('GET', `/requests/${answer.body.requestId}`, { headers: pm });
      expect(read.body).toMatchObject({ dealValue: 0, demand: 0 });
      expect(answer.body.productId).toBeUndefined();
    });

    it('flags a RHiNO: one account, a deal above the threshold', async () => {
      const answer = await submit({ accounts: [acme], dealValue: 900_000 });
      expect(answer.body.rhino).toBe(true);
    });

    it('refuses an unknown product (422) and a retired one (422)', async () => {
      const unknown = await service.call('POST', '/requests', {
        headers: sales,
        body: { title: 'X', source: 'sales', productId: randomUUID() },
      });
      expect(unknown.status).toBe(422);
      expect(unknown.headers.get('content-type')).toContain('application/problem+json');
      expect(unknown.body).toMatchObject({ status: 422, code: 'product.unknown' });

      const retiredId = await service.registerProduct();
      await service.publish(
        service.config.CATALOGUE_PRODUCT_TOPIC,
        'ProductRetired',
        { productId: retiredId, reason: 'Replaced', cause: 'decision' },
        retiredId,
      );
      await service.waitForConsumer('catalogue-products');
      const retired = await service.call('POST', '/requests', {
        headers: sales,
        body: { title: 'X', source: 'sales', productId: retiredId },
      });
      expect(retired.status).toBe(422);
      expect(retired.body.code).toBe('product.retired');
    });

    it('answers 400 with field paths for a bad body', async () => {
      const answer = await service.call('POST', '/requests', {
        headers: sales,
        body: {
          title: '',
          source: 'fax',
          accounts: [{ accountId: 'a', name: 'A', revenue: -1 }],
          extra: true,
        },
      });
      expect(answer.status).toBe(400);
      const paths = (answer.body.errors as { path: string }[]).map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['title', 'source', 'accounts[0].revenue', 'extra']));
    });

    it('answers 401 without a token and 403 for a role that may not submit', async () => {
      expect(
        (await service.call('POST', '/requests', { body: { title: 'X', source: 'sales' } })).status,
      ).toBe(401);
      const viewer = await service.auth(['viewer']);
      expect(
        (await service.call('POST', '/requests', { headers: viewer, body: { title: 'X', source: 'sales' } }))
          .status,
      ).toBe(403);
      expect((await service.call('GET', `/requests/${randomUUID()}`, { headers: viewer })).status).toBe(404);
    });

    it('answers 404 for an unknown request and 400 for an id that is not a UUID', async () => {
      const unknown = await service.call('GET', `/requests/${randomUUID()}`, { headers: pm });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('request.not_found');
      const bad = await service.call('GET', '/requests/not-a-uuid', { headers: pm });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('id');
      const write = await service.call('PUT', `/requests/${randomUUID()}/score`, {
        headers: { ...pm, 'if-match': '"3"' },
        body: { reach: 1, impact: 1, confidence: 1, effort: 1, strategicFit: 1 },
      });
      expect(write.status).toBe(404);
    });

    it('replays a retried POST with the same Idempotency-Key, and refuses the key with another body', async () => {
      const headers = { ...sales, 'idempotency-key': `key-${randomUUID()}` };
      const body = { title: 'Dark mode', source: 'sales' };
      const first = await service.call('POST', '/requests', { headers, body });
      const again = await service.call('POST', '/requests', { headers, body });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body.requestId).toBe(first.body.requestId);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const other = await service.call('POST', '/requests', {
        headers,
        body: { ...body, title: 'Light mode' },
      });
      expect(other.status).toBe(422);
    });
  });

  describe('link, endorse, score', () => {
    it('links a request to a product; unknown product 422; stale If-Match 409', async () => {
      const created = await service.call('POST', '/requests', {
        headers: sales,
        body: { title: 'Audit log', source: 'support' },
      });
      const id = created.body.requestId;
      const unknown = await service.call('PUT', `/requests/${id}/product`, {
        headers: sales,
        body: { productId: randomUUID() },
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('product.unknown');

      const linked = await service.call('PUT', `/requests/${id}/product`, {
        headers: { ...pm, 'if-match': '"1"' },
        body: { productId },
      });
      expect(linked.status).toBe(200);
      expect(linked.headers.get('etag')).toBe('"2"');
      expect(linked.body.productId).toBe(productId);

      const stale = await service.call('PUT', `/requests/${id}/product`, {
        headers: { ...pm, 'if-match': '"1"' },
        body: { productId: await service.registerProduct() },
      });
      expect(stale.status).toBe(409);
    });

    it('counts an endorsing account once: 201 the first time, 200 and nothing recorded the second', async () => {
      const id = (await submit()).body.requestId;
      const first = await service.call('POST', `/requests/${id}/endorsements`, {
        headers: sales,
        body: { account: initech, note: 'Asked at the QBR' },
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ accounts: [acme, globex, initech], demand: 2_300_000, version: 2 });

      const again = await service.call('POST', `/requests/${id}/endorsements`, {
        headers: sales,
        body: { account: { ...initech, revenue: 9_999_999 } },
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ demand: 2_300_000, version: 2 });
      const submitter = await service.call('POST', `/requests/${id}/endorsements`, {
        headers: sales,
        body: { account: acme },
      });
      expect(submitter.status).toBe(200);

      const history = await service.call('GET', `/requests/${id}/history`, { headers: pm });
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'RequestSubmitted',
        'RequestEndorsed',
      ]);
      expect(history.body.events[1]).toMatchObject({
        version: 2,
        actor: 'sam.sales',
        data: { account: initech, note: 'Asked at the QBR' },
      });
    });

    it('counts an account once when it endorses many times at the same moment', async () => {
      const id = (await submit()).body.requestId;
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          service.call('POST', `/requests/${id}/endorsements`, {
            headers: sales,
            body: { account: initech },
          }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      const history = await service.call('GET', `/requests/${id}/history`, { headers: pm });
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
        'RequestSubmitted',
        'RequestEndorsed',
      ]);
    });

    it('scores with RICE and strategic fit (product managers only)', async () => {
      const id = (await submit()).body.requestId;
      const score = { reach: 400, impact: 2, confidence: 0.8, effort: 4, strategicFit: 3 };
      expect(
        (await service.call('PUT', `/requests/${id}/score`, { headers: sales, body: score })).status,
      ).toBe(403);
      const scored = await service.call('PUT', `/requests/${id}/score`, { headers: pm, body: score });
      expect(scored.status).toBe(200);
      expect(scored.body.score).toMatchObject({ ...score, rice: 160, scoredBy: 'pat.pm' });
      const bad = await service.call('PUT', `/requests/${id}/score`, {
        headers: pm,
        body: { ...score, impact: 4, effort: 0, confidence: 1.5 },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
        'impact',
        'confidence',
        'effort',
      ]);
    });
  });

  describe('decide', () => {
    it('accepts for a planned version, declines with a reason, defers until a date', async () => {
      const accepted = await service.call('POST', `/requests/${(await submit()).body.requestId}/decision`, {
        headers: pm,
        body: { outcome: 'accept', plannedVersion: '2.1.0' },
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        status: 'accepted',
        decision: { outcome: 'accept', plannedVersion: '2.1.0', decidedBy: 'pat.pm' },
      });

      const declined = await service.call('POST', `/requests/${(await submit()).body.requestId}/decision`, {
        headers: pm,
        body: { outcome: 'decline', reason: 'Not on this year’s roadmap' },
      });
      expect(declined.body).toMatchObject({
        status: 'declined',
        decision: { outcome: 'decline', reason: 'Not on this year’s roadmap' },
      });

      const deferred = await service.call('POST', `/requests/${(await submit()).body.requestId}/decision`, {
        headers: pm,
        body: { outcome: 'defer', until: '2999-01-01' },
      });
      expect(deferred.body).toMatchObject({
        status: 'deferred',
        decision: { outcome: 'defer', until: '2999-01-01' },
      });
    });

    it('needs a rationale to accept a RHiNO (422 without), and records it', async () => {
      const id = (await submit({ accounts: [acme], dealValue: 900_000 })).body.requestId;
      const without = await service.call('POST', `/requests/${id}/decision`, {
        headers: pm,
        body: { outcome: 'accept', plannedVersion: '2.1.0' },
      });
      expect(without.status).toBe(422);
      expect(without.body.code).toBe('request.rhino_rationale_required');
      const rationale = 'Opens the banking segment; two more banks are waiting for it';
      const withIt = await service.call('POST', `/requests/${id}/decision`, {
        headers: pm,
        body: { outcome: 'accept', plannedVersion: '2.1.0', rationale },
      });
      expect(withIt.status).toBe(200);
      expect(withIt.body.decision.rationale).toBe(rationale);
    });

    it('lets only product managers (and admin, who may do anything) decide, and checks the fields each outcome needs', async () => {
      const id = (await submit()).body.requestId;
      const sales = await service.auth(['sales', 'contributor']);
      expect(
        (
          await service.call('POST', `/requests/${id}/decision`, {
            headers: sales,
            body: { outcome: 'decline', reason: 'No' },
          })
        ).status,
      ).toBe(403);
      const missing = await service.call('POST', `/requests/${id}/decision`, {
        headers: pm,
        body: { outcome: 'decline', plannedVersion: '1.0.0' },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'plannedVersion',
        'reason',
      ]);
      const past = await service.call('POST', `/requests/${id}/decision`, {
        headers: pm,
        body: { outcome: 'defer', until: '2000-01-01' },
      });
      expect(past.status).toBe(422);
      expect(past.body.code).toBe('request.defer_until_not_future');
      const admin = await service.auth(['admin']);
      expect(
        (
          await service.call('POST', `/requests/${id}/decision`, {
            headers: admin,
            body: { outcome: 'decline', reason: 'No' },
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('merge', () => {
    it('merges a duplicate into a primary: accounts and requesters move over, each account once', async () => {
      const primary = (await submit({ accounts: [acme, globex] })).body.requestId;
      const support = await service.auth(['contributor'], 'dana.support');
      const duplicate = (await submit({ accounts: [acme, initech] }, support)).body.requestId;

      const merged = await service.call('POST', `/requests/${duplicate}/merge`, {
        headers: pm,
        body: { intoRequestId: primary },
      });
      expect(merged.status).toBe(200);
      expect(merged.headers.get('etag')).toBe('"2"');
      expect(merged.body).toMatchObject({ status: 'merged', mergedInto: primary });

      const after = await service.call('GET', `/requests/${primary}`, { headers: pm });
      expect(after.body).toMatchObject({
        status: 'open',
        accounts: [acme, globex, initech],
        demand: 2_300_000,
        requesters: ['sam.sales', 'dana.support'],
        absorbedDuplicates: [duplicate],
      });

      const intoClosed = await service.call('POST', `/requests/${(await submit()).body.requestId}/merge`, {
        headers: pm,
        body: { intoRequestId: duplicate },
      });
      expect(intoClosed.status).toBe(422);
      expect(intoClosed.body.code).toBe('request.merge_into_closed');

      const endorseMerged = await service.call('POST', `/requests/${duplicate}/endorsements`, {
        headers: sales,
        body: { account: initech },
      });
      expect(endorseMerged.status).toBe(422);
      expect(endorseMerged.body.code).toBe('request.closed');
    });

    it('merges only one way when two requests are merged into each other at the same moment', async () => {
      const a = (await submit()).body.requestId;
      const b = (await submit()).body.requestId;
      const answers = await Promise.all([
        service.call('POST', `/requests/${a}/merge`, { headers: pm, body: { intoRequestId: b } }),
        service.call('POST', `/requests/${b}/merge`, { headers: pm, body: { intoRequestId: a } }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 422]);
      const statuses = await Promise.all(
        [a, b].map(async (id) => (await service.call('GET', `/requests/${id}`, { headers: pm })).body.status),
      );
      expect(statuses.sort()).toEqual(['merged', 'open']);
    });

    it('refuses to merge a request into itself (422) and appends nothing', async () => {
      const id = (await submit()).body.requestId;
      const before = await service.eventCount();
      const answer = await service.call('POST', `/requests/${id}/merge`, {
        headers: pm,
        body: { intoRequestId: id },
      });
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('request.merge_into_itself');
      expect(await service.eventCount()).toBe(before);
    });
  });
});
