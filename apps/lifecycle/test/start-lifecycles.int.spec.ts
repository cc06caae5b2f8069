import { lifecycleIdFor, lifecycleStreamId } from '@product-ledger/contracts';
import { waitFor } from '@product-ledger/testing';
import { randomUUID } from 'node:crypto';
import { productRegistered, startLifecycle, type LifecycleTestApp } from './lifecycle-test-app';

/**
 * The policy over the real broker: catalogue events published to Kafka start lifecycles, exactly once.
 * The test catalogue topic has one partition, so when a later event's lifecycle exists every earlier
 * message was consumed too.
 */
describe('starting lifecycles from catalogue events', () => {
  let service: LifecycleTestApp;

  beforeAll(async () => {
    service = await startLifecycle();
  });

  afterAll(async () => {
    await service?.stop();
  });

  async function streamEvents(lifecycleId: string) {
    const { rows } = await service.db.pool.query<{ event_type: string; data: Record<string, unknown> }>(
      'SELECT event_type, data FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [lifecycleStreamId(lifecycleId)],
    );
    return rows;
  }

  const started = (lifecycleId: string) => async () =>
    (await streamEvents(lifecycleId)).length > 0 ? true : undefined;

  it('starts exactly one lifecycle for a ProductRegistered delivered twice (same event, and re-published)', async () => {
    const product = productRegistered();
    const eventId = await service.publishCatalogueEvent('ProductRegistered', product);
    await service.publishCatalogueEvent('ProductRegistered', product, eventId);
    await service.publishCatalogueEvent('ProductRegistered', product);
    const sentinel = productRegistered();
    await service.publishCatalogueEvent('ProductRegistered', sentinel);

    await waitFor(started(lifecycleIdFor(sentinel.productId)), { description: 'the sentinel lifecycle' });
    const lifecycleId = lifecycleIdFor(product.productId);
    const events = await streamEvents(lifecycleId);
    expect(events.map((event) => event.event_type)).toEqual(['LifecycleStarted', 'StageEntered']);
    expect(events[0]!.data).toMatchObject({
      lifecycleId,
      productId: product.productId,
      stage: 'innovation',
      trigger: 'ProductRegistered',
    });
    const { rows } = await service.db.pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM events WHERE event_type = 'LifecycleStarted' AND data->>'productId' = $1",
      [product.productId],
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('starts an existing product at its initial stage and a planned version at innovation', async () => {
    const product = productRegistered(randomUUID(), 'in_life');
    await service.publishCatalogueEvent('ProductRegistered', product);
    await service.publishCatalogueEvent('VersionPlanned', {
      productId: product.productId,
      version: '2.1.0',
      targetDate: '2026-10-01',
      scope: 'reporting',
    });
    const versionLifecycle = lifecycleIdFor(product.productId, '2.1.0');
    await waitFor(started(versionLifecycle), { description: 'the version lifecycle' });

    expect((await streamEvents(lifecycleIdFor(product.productId)))[1]!.data).toMatchObject({
      stage: 'in_life',
      previousStage: null,
      cause: 'start',
    });
    expect((await streamEvents(versionLifecycle))[0]!.data).toMatchObject({
      lifecycleId: versionLifecycle,
      productId: product.productId,
      version: '2.1.0',
      stage: 'innovation',
      trigger: 'VersionPlanned',
    });
  });

  it('ignores the catalogue events that start nothing', async () => {
    const product = productRegistered();
    await service.publishCatalogueEvent('ProductRenamed', {
      productId: product.productId,
      name: 'New name',
      previousName: 'Old',
    });
    const sentinel = productRegistered();
    await service.publishCatalogueEvent('ProductRegistered', sentinel);
    await waitFor(started(lifecycleIdFor(sentinel.productId)), { description: 'the sentinel lifecycle' });
    expect(await streamEvents(lifecycleIdFor(product.productId))).toEqual([]);
  });
});
