import { lifecycleIdFor, lifecycleStreamId } from '@product-ledger/contracts';
import { randomUUID } from 'node:crypto';
import type { TestEvent } from './event-producer';

/**
 * A small, known portfolio told as the events the other services publish: one line, product A that runs
 * the whole lifecycle to in_life (with an approved business case and a released version), product B that a
 * gatekeeper kills at the gate into analysis, and four requests.
 */
export function portfolioStory() {
  const lineId = randomUUID();
  const productA = randomUUID();
  const productB = randomUUID();
  const lifecycleA = lifecycleIdFor(productA);
  const lifecycleB = lifecycleIdFor(productB);
  const codeA = `A${productA.slice(0, 8).toUpperCase()}`;
  const codeB = `B${productB.slice(0, 8).toUpperCase()}`;
  const requests = { r1: randomUUID(), r2: randomUUID(), r3: randomUUID(), r4: randomUUID() };
  const businessCase = {
    revision: 1,
    proposition: 'Self-service analytics for mid-sized retailers',
    targetMarket: 'EU retail, 50-500 employees',
    currency: 'EUR',
    investment: 100000,
    expectedRevenue: { year1: 50000, year2: 120000, year3: 200000 },
    paybackMonths: 24,
    submittedBy: 'pm-alice',
    submittedAt: '2025-03-01T09:00:00.000Z',
  };

  const lines: TestEvent[] = [
    {
      type: 'ProductLineCreated',
      streamId: lineId,
      at: '2024-12-01T08:00:00.000Z',
      data: { productLineId: lineId, name: 'Retail Cloud', description: 'SaaS for retail' },
    },
  ];

  const products: TestEvent[] = [
    product(productA, '2025-01-05T10:00:00.000Z', 'ProductRegistered', {
      code: codeA,
      name: 'Shelf Insights',
      description: 'Shelf analytics',
      productLineId: lineId,
      kind: 'software',
      market: 'b2b',
      ownerId: 'alice',
    }),
    product(productB, '2025-02-01T10:00:00.000Z', 'ProductRegistered', {
      code: codeB,
      name: 'Queue Buster',
      description: 'Checkout queues',
      productLineId: lineId,
      kind: 'service',
      market: 'b2c',
      ownerId: 'bob',
    }),
    product(productA, '2025-04-01T10:00:00.000Z', 'VersionPlanned', {
      version: '1.0.0',
      targetDate: '2025-06-30',
      scope: 'First release',
    }),
    product(productA, '2025-07-01T10:00:00.000Z', 'VersionReleased', {
      version: '1.0.0',
      releasedAt: '2025-07-01T10:00:00.000Z',
    }),
    product(productA, '2025-08-01T10:00:00.000Z', 'ProductRenamed', {
      name: 'Shelf Insights Pro',
      previousName: 'Shelf Insights',
    }),
  ];

  const subjectA = { lifecycleId: lifecycleA, productId: productA };
  const subjectB = { lifecycleId: lifecycleB, productId: productB };
  const stage = (
    subject: typeof subjectA,
    at: string,
    stageName: string,
    previousStage: string | null,
    cause: string,
    reviewId?: string,
  ) =>
    lifecycle(subject, at, 'StageEntered', {
      stage: stageName,
      previousStage,
      enteredAt: at,
      cause,
      activities: [],
      ...(reviewId ? { reviewId } : {}),
    });
  const review = (subject: typeof subjectA, n: number) => `${subject.lifecycleId}-r${n}`;
  const opened = (subject: typeof subjectA, n: number, at: string, fromStage: string, toStage: string) =>
    lifecycle(subject, at, 'GateReviewOpened', {
      reviewId: review(subject, n),
      fromStage,
      toStage,
      criteria: [],
      playbookRevision: 1,
      openedBy: 'pm',
      openedAt: at,
    });
  const decided = (
    subject: typeof subjectA,
    n: number,
    at: string,
    fromStage: string,
    toStage: string,
    decision: string,
    resultingStage: string,
    extra = {},
  ) =>
    lifecycle(subject, at, 'GateDecisionRecorded', {
      reviewId: review(subject, n),
      fromStage,
      toStage,
      decision,
      resultingStage,
      conditions: [],
      criteria: [],
      requiredActivities: [],
      decidedBy: 'gatekeeper-gina',
      decidedAt: at,
      ...extra,
    });

  const lifecycles: TestEvent[] = [
    lifecycle(subjectA, '2025-01-05T10:00:01.000Z', 'LifecycleStarted', {
      stage: 'innovation',
      startedAt: '2025-01-05T10:00:01.000Z',
      trigger: 'ProductRegistered',
    }),
    stage(subjectA, '2025-01-05T10:00:01.000Z', 'innovation', null, 'start'),
    opened(subjectA, 1, '2025-02-01T09:00:00.000Z', 'innovation', 'analysis'),
    decided(subjectA, 1, '2025-02-10T09:00:00.000Z', 'innovation', 'analysis', 'go', 'analysis'),
    stage(subjectA, '2025-02-10T09:00:00.000Z', 'analysis', 'innovation', 'go', review(subjectA, 1)),
    lifecycle(subjectA, '2025-03-01T09:00:00.000Z', 'BusinessCaseSubmitted', { ...businessCase }),
    opened(subjectA, 2, '2025-03-05T09:00:00.000Z', 'analysis', 'development'),
    decided(subjectA, 2, '2025-03-20T09:00:00.000Z', 'analysis', 'development', 'go', 'development', {
      businessCase,
    }),
    stage(subjectA, '2025-03-20T09:00:00.000Z', 'development', 'analysis', 'go', review(subjectA, 2)),
    stage(subjectA, '2025-06-01T09:00:00.000Z', 'go_to_market', 'development', 'advance'),
    opened(subjectA, 3, '2025-06-20T09:00:00.000Z', 'go_to_market', 'in_life'),
    decided(subjectA, 3, '2025-07-01T09:00:00.000Z', 'go_to_market', 'in_life', 'go', 'in_life'),
    stage(subjectA, '2025-07-01T09:00:00.000Z', 'in_life', 'go_to_market', 'go', review(subjectA, 3)),

    lifecycle(subjectB, '2025-02-01T10:00:01.000Z', 'LifecycleStarted', {
      stage: 'innovation',
      startedAt: '2025-02-01T10:00:01.000Z',
      trigger: 'ProductRegistered',
    }),
    stage(subjectB, '2025-02-01T10:00:01.000Z', 'innovation', null, 'start'),
    opened(subjectB, 1, '2025-03-01T09:00:00.000Z', 'innovation', 'analysis'),
    decided(subjectB, 1, '2025-03-15T09:00:00.000Z', 'innovation', 'analysis', 'kill', 'killed', {
      rationale: 'No market',
    }),
    lifecycle(subjectB, '2025-03-15T09:00:00.000Z', 'LifecycleKilled', {
      stage: 'innovation',
      reviewId: review(subjectB, 1),
      reason: 'No market',
      killedBy: 'gatekeeper-gina',
      killedAt: '2025-03-15T09:00:00.000Z',
    }),
    stage(subjectB, '2025-03-15T09:00:00.000Z', 'killed', 'innovation', 'kill', review(subjectB, 1)),
  ];

  const account = (accountId: string, revenue: number) => ({
    accountId,
    name: accountId.toUpperCase(),
    revenue,
  });
  const submitted = (
    requestId: string,
    at: string,
    productId: string | undefined,
    accounts: ReturnType<typeof account>[],
    rhino: boolean,
  ) =>
    request(requestId, at, 'RequestSubmitted', {
      title: `Request ${requestId.slice(0, 4)}`,
      description: 'Please',
      source: 'sales',
      ...(productId ? { productId } : {}),
      requester: 'rep-ray',
      accounts,
      dealValue: rhino ? 3_000_000 : 10_000,
      rhino,
      rhinoThreshold: 1_000_000,
      submittedBy: 'rep-ray',
      submittedAt: at,
    });
  const requestEvents: TestEvent[] = [
    submitted(
      requests.r1,
      '2025-03-01T12:00:00.000Z',
      productA,
      [account('acme', 1_000_000), account('globex', 500_000)],
      false,
    ),
    submitted(requests.r2, '2025-04-01T12:00:00.000Z', productA, [account('acme', 1_000_000)], false),
    request(requests.r2, '2025-04-11T12:00:00.000Z', 'RequestAccepted', {
      productId: productA,
      plannedVersion: '1.1.0',
      rhino: false,
      decidedBy: 'pm-alice',
      decidedAt: '2025-04-11T12:00:00.000Z',
    }),
    submitted(requests.r3, '2025-05-01T12:00:00.000Z', undefined, [account('hooli', 200_000)], false),
    request(requests.r3, '2025-05-02T12:00:00.000Z', 'RequestLinkedToProduct', {
      productId: productB,
      linkedBy: 'pm-bob',
      linkedAt: '2025-05-02T12:00:00.000Z',
    }),
    request(requests.r3, '2025-05-05T12:00:00.000Z', 'RequestDeclined', {
      reason: 'Product killed',
      decidedBy: 'pm-bob',
      decidedAt: '2025-05-05T12:00:00.000Z',
    }),
    submitted(requests.r4, '2025-06-01T12:00:00.000Z', productA, [account('initech', 3_000_000)], true),
  ];

  return {
    lineId,
    productA,
    productB,
    lifecycleA,
    lifecycleB,
    codeA,
    codeB,
    requests,
    lines,
    products,
    lifecycles,
    requestEvents,
  };

  function product(productId: string, at: string, type: string, data: Record<string, unknown>): TestEvent {
    return { type, streamId: productId, at, data: { productId, ...data } };
  }
  function lifecycle(
    subject: { lifecycleId: string; productId: string },
    at: string,
    type: string,
    data: Record<string, unknown>,
  ): TestEvent {
    return { type, streamId: lifecycleStreamId(subject.lifecycleId), at, data: { ...subject, ...data } };
  }
  function request(requestId: string, at: string, type: string, data: Record<string, unknown>): TestEvent {
    return { type, streamId: requestId, at, data: { requestId, ...data } };
  }
}
