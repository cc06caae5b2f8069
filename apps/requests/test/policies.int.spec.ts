import { lifecycleIdFor } from '@product-ledger/contracts';
import { testKafka, uniqueName, waitFor } from '@product-ledger/testing';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { startRequests, type RequestsTestApp } from './requests-test-app';

/**
 * The policies over the real broker: catalogue and lifecycle events are produced onto this test's own
 * topics as those services publish them, and the requests service reacts through its consumers.
 */
describe('request policies over Kafka', () => {
  let service: RequestsTestApp;
  let sales: Record<string, string>;
  let pm: Record<string, string>;
  const kafka = testKafka('requests-policies-test');
  const readers: Consumer[] = [];

  beforeAll(async () => {
    service = await startRequests();
    sales = await service.auth(['sales'], 'sam.sales');
    pm = await service.auth(['product_manager'], 'pat.pm');
  });

  afterAll(async () => {
    await Promise.all(readers.map((reader) => reader.disconnect()));
    await service?.stop();
  });

  async function submit(productId: string, extra: Record<string, unknown> = {}): Promise<string> {
    const answer = await service.call('POST', '/requests', {
      headers: sales,
      body: {
        title: 'Request',
        source: 'sales',
        productId,
        accounts: [{ accountId: 'acme', name: 'Acme', revenue: 1000 }],
        ...extra,
      },
    });
    expect(answer.status).toBe(201);
    return answer.body.requestId;
  }

  async function decide(requestId: string, body: Record<string, unknown>): Promise<void> {
    const answer = await service.call('POST', `/requests/${requestId}/decision`, { headers: pm, body });
    expect(answer.status).toBe(200);
  }

  async function historyOf(requestId: string): Promise<string[]> {
    const answer = await service.call('GET', `/requests/${requestId}/history`, { headers: pm });
    return answer.body.events.map((event: { type: string }) => event.type);
  }

  async function statusOf(requestId: string): Promise<string> {
    return (await service.call('GET', `/requests/${requestId}`, { headers: pm })).body.status;
  }

  function releaseOf(productId: string, version: string) {
    return { productId, version, releasedAt: '2026-04-01T09:00:00.000Z' };
  }

  it('delivers exactly the accepted requests planned for the released version, once, when the release arrives twice', async () => {
    const productId = await service.registerProduct();
    const otherProductId = await service.registerProduct();
    const plannedA = await submit(productId);
    const plannedB = await submit(productId);
    const laterVersion = await submit(productId);
    const undecided = await submit(productId);
    const declined = await submit(productId);
    const otherProduct = await submit(otherProductId);
    await decide(plannedA, { outcome: 'accept', plannedVersion: '2.1.0' });
    await decide(plannedB, { outcome: 'accept', plannedVersion: '2.1.0+build.4' });
    await decide(laterVersion, { outcome: 'accept', plannedVersion: '2.2.0' });
    await decide(declined, { outcome: 'decline', reason: 'Not for us' });
    await decide(otherProduct, { outcome: 'accept', plannedVersion: '2.1.0' });

    // Published right after the decisions, without waiting for any read model: the policy must still see them.
    const topic = service.config.CATALOGUE_PRODUCT_TOPIC;
    const eventId = await service.publish(topic, 'VersionReleased', releaseOf(productId, '2.1.0'), productId);
    await service.publish(topic, 'VersionReleased', releaseOf(productId, '2.1.0'), productId, eventId);
    await service.publish(topic, 'VersionReleased', releaseOf(productId, '2.1.0'), productId);
    await service.waitForConsumer('catalogue-products');

    for (const delivered of [plannedA, plannedB]) {
      expect(await historyOf(delivered)).toEqual(['RequestSubmitted', 'RequestAccepted', 'RequestDelivered']);
      const read = await service.call('GET', `/requests/${delivered}`, { headers: pm });
      expect(read.body).toMatchObject({
        status: 'delivered',
        delivery: { releasedAt: '2026-04-01T09:00:00.000Z' },
      });
    }
    const history = await service.call('GET', `/requests/${plannedA}/history`, { headers: pm });
    expect(history.body.events[2]).toMatchObject({
      actor: 'policy:catalogue-products',
      data: { productId, version: '2.1.0' },
    });
    expect(await statusOf(laterVersion)).toBe('accepted');
    expect(await statusOf(undecided)).toBe('open');
    expect(await statusOf(declined)).toBe('declined');
    expect(await statusOf(otherProduct)).toBe('accepted');

    // A version already released cannot be planned any more.
    const tooLate = await service.call('POST', `/requests/${undecided}/decision`, {
      headers: pm,
      body: { outcome: 'accept', plannedVersion: '2.1.0' },
    });
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.code).toBe('request.version_already_released');

    // The delivery reaches the request list through the service's own topic.
    await waitFor(
      async () => {
        const list = await service.call('GET', `/requests?productId=${productId}&status=delivered`, {
          headers: pm,
        });
        return list.body.items.length === 2;
      },
      { description: 'both deliveries in the request list' },
    );
  });

  it('closes the open, accepted and deferred requests of a withdrawn product, once, when the withdrawal arrives twice', async () => {
    const productId = await service.registerProduct();
    const open = await submit(productId);
    const accepted = await submit(productId);
    const deferred = await submit(productId);
    const declined = await submit(productId);
    await decide(accepted, { outcome: 'accept', plannedVersion: '3.0.0' });
    await decide(deferred, { outcome: 'defer', until: '2999-01-01' });
    await decide(declined, { outcome: 'decline', reason: 'No' });

    const topic = service.config.LIFECYCLE_TOPIC;
    const withdrawal = {
      lifecycleId: lifecycleIdFor(productId),
      productId,
      effectiveDate: '2026-06-30',
      reason: 'Replaced by Nimbus 2',
      withdrawnBy: 'pat.pm',
      withdrawnAt: '2026-06-30T17:00:00.000Z',
    };
    // A version's withdrawal does not close the product's requests.
    await service.publish(
      topic,
      'ProductWithdrawn',
      { ...withdrawal, lifecycleId: lifecycleIdFor(productId, '1.0.0'), version: '1.0.0' },
      productId,
    );
    await service.waitForConsumer('product-withdrawals');
    expect(await statusOf(open)).toBe('open');

    const eventId = await service.publish(topic, 'ProductWithdrawn', withdrawal, productId);
    await service.publish(topic, 'ProductWithdrawn', withdrawal, productId);
    await service.waitForConsumer('product-withdrawals');

    for (const closed of [open, accepted, deferred]) {
      const read = await service.call('GET', `/requests/${closed}`, { headers: pm });
      expect(read.body).toMatchObject({
        status: 'closed',
        closure: { reason: 'The product was withdrawn: Replaced by Nimbus 2' },
      });
      expect((await historyOf(closed)).filter((type) => type === 'RequestClosed')).toHaveLength(1);
    }
    const closedEvent = (
      await service.call('GET', `/requests/${open}/history`, { headers: pm })
    ).body.events.at(-1);
    expect(closedEvent.data).toMatchObject({ productId, withdrawalEventId: eventId });
    expect(await statusOf(declined)).toBe('declined');

    // The product takes no more requests.
    const relink = await service.call('POST', '/requests', {
      headers: sales,
      body: { title: 'Late', source: 'sales', productId },
    });
    expect(relink.status).toBe(422);
    expect(relink.body.code).toBe('product.withdrawn');
  });

  it('publishes RequestSubmitted with what analytics needs, key = request id, CloudEvents headers', async () => {
    const received: KafkaMessage[] = [];
    const reader = kafka.consumer({ groupId: uniqueName('requests-test-reader') });
    readers.push(reader);
    await reader.connect();
    await reader.subscribe({ topic: service.config.REQUESTS_TOPIC, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void received.push(message) });

    const productId = await service.registerProduct();
    const requestId = await submit(productId, {
      accounts: [{ accountId: 'big', name: 'Big Bank', revenue: 5_000_000 }],
      dealValue: 900_000,
    });
    await decide(requestId, { outcome: 'accept', plannedVersion: '1.0.0', rationale: 'Strategic bank' });

    const mine = await waitFor(
      () => {
        const found = received.filter((message) => message.key?.toString() === requestId);
        return found.length === 2 ? found : undefined;
      },
      { description: 'the two events of the request on the topic' },
    );
    const header = (message: KafkaMessage, name: string) => message.headers?.[name]?.toString();
    expect(mine.map((message) => header(message, 'ce_type'))).toEqual([
      'RequestSubmitted',
      'RequestAccepted',
    ]);
    expect(header(mine[0]!, 'ce_source')).toBe('product-ledger/requests');
    const submitted = JSON.parse(mine[0]!.value!.toString());
    expect(submitted).toMatchObject({
      requestId,
      productId,
      source: 'sales',
      accounts: [{ accountId: 'big', name: 'Big Bank', revenue: 5_000_000 }],
      dealValue: 900_000,
      rhino: true,
      rhinoThreshold: 250_000,
    });
    expect(new Date(submitted.submittedAt).getTime()).not.toBeNaN();
    const accepted = JSON.parse(mine[1]!.value!.toString());
    expect(accepted).toMatchObject({
      requestId,
      productId,
      plannedVersion: '1.0.0',
      rationale: 'Strategic bank',
      rhino: true,
    });
    expect(new Date(accepted.decidedAt).getTime()).not.toBeNaN();
  });

  it('takes the RHiNO threshold from REQUESTS_RHINO_THRESHOLD', async () => {
    const strict = await startRequests({ REQUESTS_RHINO_THRESHOLD: '1000' });
    try {
      const productId = await strict.registerProduct();
      const answer = await strict.call('POST', '/requests', {
        headers: await strict.auth(['sales']),
        body: {
          title: 'Small deal',
          source: 'sales',
          productId,
          accounts: [{ accountId: 'a', name: 'A', revenue: 1 }],
          dealValue: 1001,
        },
      });
      expect(answer.body).toMatchObject({ rhino: true, rhinoThreshold: 1000 });
    } finally {
      await strict.stop();
    }
  });
});
