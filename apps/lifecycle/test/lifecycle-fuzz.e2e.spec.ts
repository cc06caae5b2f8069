import { lifecycleIdFor } from '@product-ledger/contracts';
import { waitFor, httpClient } from '@product-ledger/testing';
import fc from 'fast-check';
import { defaultPlaybook } from '../src/domain/playbook/default-playbook';
import { brokenBodies } from './fuzz-bodies';
import { productRegistered, startLifecycle, type LifecycleTestApp } from './lifecycle-test-app';

/**
 * Property: whatever wrong body a client sends to a write endpoint, the answer is a 4xx (never a 500,
 * never a success) and the store holds no new event. Bodies are valid ones broken in one place (see
 * fuzz-bodies.ts), or not objects at all. The lifecycle sits in innovation with review r1 open.
 * Where an empty body is a valid one (activity and withdrawal completion take only optional fields), the
 * endpoint is fuzzed where its command is refused anyway (an activity of another stage, nothing
 * announced), so a generated body that happens to be valid cannot succeed either.
 */
describe('lifecycle over HTTP: fuzzed bodies', () => {
  let service: LifecycleTestApp;
  let call: ReturnType<typeof httpClient>;
  let headersFor: Record<string, Record<string, string>>;
  let lifecycleId: string;
  let reviewId: string;

  beforeAll(async () => {
    service = await startLifecycle();
    call = httpClient(service.baseUrl);
    const [pm, gatekeeper, contributor, admin] = await Promise.all(
      (['product_manager', 'gatekeeper', 'contributor', 'admin'] as const).map((role) => service.auth(role)),
    );
    headersFor = { pm: pm!, gatekeeper: gatekeeper!, contributor: contributor!, admin: admin! };
    const product = productRegistered();
    await service.publishCatalogueEvent('ProductRegistered', product);
    lifecycleId = lifecycleIdFor(product.productId);
    await waitFor(
      async () => (await call('GET', `/lifecycles/${lifecycleId}`, { headers: pm })).status === 200,
      {
        description: 'the policy to start the lifecycle',
      },
    );
    const opened = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers: pm,
      body: { toStage: 'analysis' },
    });
    expect(opened.status).toBe(201);
    reviewId = opened.body.reviewId;
  });

  afterAll(async () => {
    await service?.stop();
  });

  const endpoints = () => [
    {
      method: 'POST',
      path: `/lifecycles/${lifecycleId}/gate-reviews`,
      as: 'pm',
      valid: { toStage: 'analysis' },
    },
    {
      method: 'PUT',
      path: `/lifecycles/${lifecycleId}/business-case`,
      as: 'pm',
      valid: {
        proposition: 'Self-service onboarding',
        targetMarket: 'Small teams',
        currency: 'EUR',
        investment: 1000,
        expectedRevenue: { year1: 1, year2: 2, year3: 3 },
        paybackMonths: 12,
      },
    },
    {
      method: 'POST',
      path: `/lifecycles/${lifecycleId}/activities/market-validation/completion`,
      as: 'contributor',
      valid: { note: 'done' },
    },
    { method: 'POST', path: `/lifecycles/${lifecycleId}/advance`, as: 'pm', valid: { toStage: 'analysis' } },
    {
      method: 'POST',
      path: `/lifecycles/${lifecycleId}/withdrawal`,
      as: 'pm',
      valid: {
        effectiveDate: '2026-12-31',
        reason: 'replaced',
        replacementProductId: productRegistered().productId,
      },
    },
    { method: 'POST', path: `/lifecycles/${lifecycleId}/withdrawal/completion`, as: 'pm', valid: {} },
    {
      method: 'POST',
      path: `/gate-reviews/${reviewId}/assessments`,
      as: 'pm',
      valid: { criterionId: 'strategic-fit', met: true, evidence: 'fits' },
    },
    {
      method: 'POST',
      path: `/gate-reviews/${reviewId}/decision`,
      as: 'gatekeeper',
      valid: { decision: 'hold', rationale: 'later', conditions: ['ask again in May'] },
    },
    { method: 'PUT', path: '/playbook', as: 'admin', valid: defaultPlaybook },
  ];

  it('answers every broken body of every write endpoint with a 4xx and appends nothing', async () => {
    const before = await service.eventCount();
    for (const endpoint of endpoints()) {
      await fc.assert(
        fc.asyncProperty(brokenBodies(endpoint.valid as never), async (body) => {
          const answer = await call(endpoint.method, endpoint.path, {
            headers: headersFor[endpoint.as]!,
            body,
          });
          if (answer.status < 400 || answer.status >= 500) {
            throw new Error(
              `${endpoint.method} ${endpoint.path} answered ${answer.status} to ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`,
            );
          }
        }),
        { numRuns: 60 },
      );
    }
    expect(await service.eventCount()).toBe(before);
  });

  it('answers unknown activity and review ids in the path with a 4xx and appends nothing', async () => {
    const before = await service.eventCount();
    const innovationActivities = new Set(['collect-ideas', 'prioritise-ideas', 'customer-proposition']);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 80 }).filter((id) => !innovationActivities.has(id)),
        async (id) => {
          const segment = encodeURIComponent(id);
          const completion = await call(
            'POST',
            `/lifecycles/${lifecycleId}/activities/${segment}/completion`,
            {
              headers: headersFor['contributor']!,
              body: {},
            },
          );
          const decision = await call('POST', `/gate-reviews/${segment}/decision`, {
            headers: headersFor['gatekeeper']!,
            body: { decision: 'hold', rationale: 'x' },
          });
          for (const answer of [completion, decision]) {
            if (answer.status < 400 || answer.status >= 500)
              throw new Error(`answered ${answer.status} for id ${JSON.stringify(id)}`);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(await service.eventCount()).toBe(before);
  });
});
