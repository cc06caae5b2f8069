import { lifecycleIdFor, lifecycleStreamId, type Playbook } from '@product-ledger/contracts';
import { decodeCloudEvent } from '@product-ledger/event-store';
import { testKafka, uniqueName, waitFor, httpClient } from '@product-ledger/testing';
import type { Consumer } from 'kafkajs';
import { productOwner, productRegistered, startLifecycle, type LifecycleTestApp } from './lifecycle-test-app';

/**
 * A product from registration to withdrawal over HTTP, against the running service with real Postgres
 * and Kafka: every gate of the default playbook, a direct advance after an admin relaxed one gate, and
 * the ProductWithdrawn event the catalogue and requests react to, on the topic.
 */
describe('lifecycle over HTTP: from innovation to withdrawn', () => {
  let service: LifecycleTestApp;
  let call: ReturnType<typeof httpClient>;
  let pm: Record<string, string>;
  let gatekeeper: Record<string, string>;
  let contributor: Record<string, string>;
  let admin: Record<string, string>;
  let consumer: Consumer;
  const published: { key: string; type: string; data: any }[] = [];

  beforeAll(async () => {
    service = await startLifecycle();
    call = httpClient(service.baseUrl);
    [pm, gatekeeper, contributor, admin] = await Promise.all([
      service.auth('product_manager'),
      service.auth('gatekeeper'),
      service.auth('contributor'),
      service.auth('admin'),
    ]);
    consumer = testKafka('lifecycle-journey').consumer({ groupId: uniqueName('lifecycle-journey') });
    await consumer.connect();
    await consumer.subscribe({ topic: service.config.LIFECYCLE_TOPIC, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = decodeCloudEvent({ headers: stringHeaders(message.headers), value: message.value });
        published.push({ key: message.key!.toString(), type: event.type, data: event.data });
      },
    });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await service?.stop();
  });

  async function registered(): Promise<{ productId: string; lifecycleId: string }> {
    const product = productRegistered();
    await service.publishCatalogueEvent('ProductRegistered', product);
    const lifecycleId = lifecycleIdFor(product.productId);
    await waitFor(
      async () => (await call('GET', `/lifecycles/${lifecycleId}`, { headers: pm })).status === 200,
      {
        description: 'the policy to start the lifecycle',
      },
    );
    return { productId: product.productId, lifecycleId };
  }

  const complete = async (lifecycleId: string, ...activityIds: string[]) => {
    for (const activityId of activityIds) {
      const done = await call('POST', `/lifecycles/${lifecycleId}/activities/${activityId}/completion`, {
        headers: contributor,
        body: { note: `${activityId} done` },
      });
      expect(done.status).toBe(200);
    }
  };

  const openReview = async (lifecycleId: string, toStage: string): Promise<string> => {
    const opened = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers: pm,
      body: { toStage },
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('location')).toBe(`/gate-reviews/${opened.body.reviewId}`);
    return opened.body.reviewId;
  };

  const assess = async (reviewId: string, ...criterionIds: string[]) => {
    for (const criterionId of criterionIds) {
      const assessed = await call('POST', `/gate-reviews/${reviewId}/assessments`, {
        headers: pm,
        body: { criterionId, met: true, evidence: `evidence for ${criterionId}` },
      });
      expect(assessed.status).toBe(201);
    }
  };

  const decide = (reviewId: string, body: Record<string, unknown>, headers = gatekeeper) =>
    call('POST', `/gate-reviews/${reviewId}/decision`, { headers, body });

  it('walks a product through every gate, a direct advance and the withdrawal', async () => {
    const { productId, lifecycleId } = await registered();

    const fresh = await call('GET', `/lifecycles/${lifecycleId}`, { headers: await service.auth('viewer') });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"2"');
    expect(fresh.body).toMatchObject({
      lifecycleId,
      productId,
      version: null,
      stage: 'innovation',
      openReview: null,
      businessCase: null,
    });
    expect(fresh.body.activities.map((a: { id: string }) => a.id)).toEqual([
      'collect-ideas',
      'prioritise-ideas',
      'customer-proposition',
    ]);

    // innovation -> analysis
    await complete(lifecycleId, 'customer-proposition', 'prioritise-ideas');
    const r1 = await openReview(lifecycleId, 'analysis');
    expect(r1).toBe(`${lifecycleId}-r1`);
    const refused = await decide(r1, { decision: 'go' });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'gate.go_refused',
      details: { toStage: 'analysis', businessCaseMissing: false },
    });
    expect(refused.body.details.missingCriteria.map((c: { id: string }) => c.id)).toEqual([
      'proposition-described',
      'idea-prioritised',
    ]);
    await assess(r1, 'proposition-described', 'idea-prioritised');
    expect((await decide(r1, { decision: 'go' }, pm)).status).toBe(403);
    const wentToAnalysis = await decide(r1, {
      decision: 'go',
      rationale: 'worth a look',
      conditions: ['size it within a month'],
    });
    expect(wentToAnalysis.status).toBe(200);
    expect(wentToAnalysis.body).toMatchObject({
      status: 'decided',
      decision: { decision: 'go', resultingStage: 'analysis', decidedBy: 'tester-gatekeeper' },
    });

    // analysis -> development: the business case is required
    await complete(lifecycleId, 'market-validation', 'high-level-requirements', 'business-case');
    const r2 = await openReview(lifecycleId, 'development');
    await assess(r2, 'market-need-validated', 'requirements-written', 'investment-justified');
    const noCase = await decide(r2, { decision: 'go' });
    expect(noCase.status).toBe(422);
    expect(noCase.body.details).toMatchObject({
      missingCriteria: [],
      incompleteActivities: [],
      businessCaseMissing: true,
    });
    const businessCase = {
      proposition: 'Self-service onboarding for small teams',
      targetMarket: 'B2B SaaS, 10-50 seats',
      currency: 'EUR',
      investment: 250000,
      expectedRevenue: { year1: 100000, year2: 300000, year3: 500000 },
      paybackMonths: 20,
    };
    const submitted = await call('PUT', `/lifecycles/${lifecycleId}/business-case`, {
      headers: pm,
      body: businessCase,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.businessCase).toMatchObject({
      ...businessCase,
      revision: 1,
      submittedBy: productOwner,
    });
    const review = await call('GET', `/gate-reviews/${r2}`, { headers: contributor });
    expect(review.body.readiness).toEqual({
      readyForGo: true,
      missingCriteria: [],
      incompleteActivities: [],
      businessCaseMissing: false,
    });
    expect((await decide(r2, { decision: 'go' })).status).toBe(200);

    // development -> go_to_market, directly, once an admin marked that gate as needing no review
    const { body: current, headers } = await call('GET', '/playbook', { headers: pm });
    expect(current.revision).toBe(0);
    const relaxed: Playbook = {
      ...current.playbook,
      name: 'Web products',
      gates: current.playbook.gates.map((gate: Playbook['gates'][number]) =>
        gate.toStage === 'go_to_market' ? { ...gate, requiresReview: false } : gate,
      ),
    };
    expect((await call('PUT', '/playbook', { headers: pm, body: relaxed })).status).toBe(403);
    const replaced = await call('PUT', '/playbook', {
      headers: { ...admin, 'if-match': headers.get('etag')! },
      body: relaxed,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ revision: 1, playbook: { name: 'Web products' } });
    await complete(lifecycleId, 'development-support', 'release-planning');
    const advanced = await call('POST', `/lifecycles/${lifecycleId}/advance`, {
      headers: pm,
      body: { toStage: 'go_to_market' },
    });
    expect(advanced.status).toBe(200);
    expect(advanced.body.stage).toBe('go_to_market');

    // go_to_market -> in_life
    const noDirectLaunch = await call('POST', `/lifecycles/${lifecycleId}/advance`, {
      headers: pm,
      body: { toStage: 'in_life' },
    });
    expect(noDirectLaunch.status).toBe(422);
    expect(noDirectLaunch.body.code).toBe('gate.review_required');
    await complete(lifecycleId, 'trials', 'sales-enablement', 'support-readiness');
    const r3 = await openReview(lifecycleId, 'in_life');
    await assess(r3, 'trials-passed', 'ready-to-sell', 'ready-to-support');
    expect((await decide(r3, { decision: 'go' })).body.decision.resultingStage).toBe('in_life');

    // withdrawal
    const replacement = productRegistered().productId;
    const announced = await call('POST', `/lifecycles/${lifecycleId}/withdrawal`, {
      headers: pm,
      body: {
        effectiveDate: '2026-12-31',
        reason: 'Replaced by the cloud edition',
        replacementProductId: replacement,
      },
    });
    expect(announced.status).toBe(200);
    expect(announced.body).toMatchObject({
      stage: 'end_of_life',
      withdrawal: { effectiveDate: '2026-12-31', replacementProductId: replacement },
    });
    const withdrawn = await call('POST', `/lifecycles/${lifecycleId}/withdrawal/completion`, {
      headers: pm,
      body: {},
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.stage).toBe('withdrawn');

    const history = await call('GET', `/lifecycles/${lifecycleId}/history`, { headers: pm });
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'LifecycleStarted',
      'StageEntered',
      'ActivityCompleted',
      'ActivityCompleted',
      'GateReviewOpened',
      'CriterionAssessed',
      'CriterionAssessed',
      'GateDecisionRecorded',
      'StageEntered',
      'ActivityCompleted',
      'ActivityCompleted',
      'ActivityCompleted',
      'GateReviewOpened',
      'CriterionAssessed',
      'CriterionAssessed',
      'CriterionAssessed',
      'BusinessCaseSubmitted',
      'GateDecisionRecorded',
      'StageEntered',
      'ActivityCompleted',
      'ActivityCompleted',
      'StageEntered',
      'ActivityCompleted',
      'ActivityCompleted',
      'ActivityCompleted',
      'GateReviewOpened',
      'CriterionAssessed',
      'CriterionAssessed',
      'CriterionAssessed',
      'GateDecisionRecorded',
      'StageEntered',
      'WithdrawalAnnounced',
      'StageEntered',
      'ProductWithdrawn',
      'StageEntered',
    ]);
    expect(history.body.events[2]).toMatchObject({ actor: 'tester-contributor', version: 3 });

    // On the topic, keyed by the lifecycle's stream: what the catalogue and requests consume.
    const productWithdrawn = await waitFor(
      () => published.find((e) => e.type === 'ProductWithdrawn' && e.data.productId === productId),
      {
        description: 'ProductWithdrawn on the lifecycle topic',
      },
    );
    expect(productWithdrawn).toEqual({
      key: lifecycleStreamId(lifecycleId),
      type: 'ProductWithdrawn',
      data: {
        lifecycleId,
        productId,
        effectiveDate: '2026-12-31',
        reason: 'Replaced by the cloud edition',
        replacementProductId: replacement,
        withdrawnBy: productOwner,
        withdrawnAt: expect.any(String),
      },
    });
    const development = published.find(
      (e) =>
        e.type === 'GateDecisionRecorded' &&
        e.data.toStage === 'development' &&
        e.data.lifecycleId === lifecycleId,
    );
    expect(development?.data).toMatchObject({
      decision: 'go',
      decidedBy: 'tester-gatekeeper',
      businessCase: {
        investment: 250000,
        expectedRevenue: { year1: 100000, year2: 300000, year3: 500000 },
        paybackMonths: 20,
      },
    });
    expect(development?.data.criteria).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'market-need-validated',
          met: true,
          evidence: 'evidence for market-need-validated',
        }),
      ]),
    );

    // The read model follows the topic.
    const listed = await waitFor(
      async () => {
        const page = await call('GET', `/lifecycles?productId=${productId}`, { headers: pm });
        return page.body.items?.[0]?.stage === 'withdrawn' ? page.body : undefined;
      },
      { description: 'the read model to show the withdrawn lifecycle' },
    );
    expect(listed).toEqual({
      items: [
        expect.objectContaining({
          lifecycleId,
          productId,
          version: null,
          stage: 'withdrawn',
          openReviewId: null,
          businessCaseRevision: 1,
          businessCaseApproved: true,
          withdrawalEffectiveDate: '2026-12-31',
          replacementProductId: replacement,
        }),
      ],
      nextCursor: null,
    });
  });

  it('kills at a gate: a rationale is required, then the lifecycle takes no more changes', async () => {
    const { lifecycleId } = await registered();
    const r1 = await openReview(lifecycleId, 'analysis');
    const bare = await decide(r1, { decision: 'kill' });
    expect(bare.status).toBe(422);
    expect(bare.body.code).toBe('decision.rationale_required');
    const killed = await decide(r1, { decision: 'kill', rationale: 'no market' });
    expect(killed.status).toBe(200);
    const after = await call('GET', `/lifecycles/${lifecycleId}`, { headers: pm });
    expect(after.body).toMatchObject({
      stage: 'killed',
      killed: { reason: 'no market', killedBy: 'tester-gatekeeper' },
    });
    const closed = await call('POST', `/lifecycles/${lifecycleId}/gate-reviews`, {
      headers: pm,
      body: { toStage: 'analysis' },
    });
    expect(closed.status).toBe(422);
    expect(closed.body.code).toBe('lifecycle.closed');
  });

  it('holds and recycles: the review closes, the stage stays or goes back one', async () => {
    const { lifecycleId } = await registered();
    await complete(lifecycleId, 'customer-proposition', 'prioritise-ideas');
    const r1 = await openReview(lifecycleId, 'analysis');
    const held = await decide(r1, { decision: 'hold', rationale: 'wait for the survey' });
    expect(held.body.decision).toMatchObject({ decision: 'hold', resultingStage: 'innovation' });
    const r2 = await openReview(lifecycleId, 'analysis');
    expect(r2).toBe(`${lifecycleId}-r2`);
    await assess(r2, 'proposition-described', 'idea-prioritised');
    await decide(r2, { decision: 'go' });
    const r3 = await openReview(lifecycleId, 'development');
    const recycled = await decide(r3, { decision: 'recycle', rationale: 'rethink the proposition' });
    expect(recycled.body.decision).toMatchObject({ decision: 'recycle', resultingStage: 'innovation' });
    expect((await call('GET', `/lifecycles/${lifecycleId}`, { headers: pm })).body.stage).toBe('innovation');
  });
});

function stringHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]));
}
