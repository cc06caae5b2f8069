import { randomUUID } from 'node:crypto';
import { signDevToken } from '@product-ledger/service-kit';
import { uniqueName, waitFor } from '@product-ledger/testing';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver';
import { startPlatform, type RunningPlatform, type ServiceName } from './running-platform';

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

/** The spans of one trace once all of them arrived: every parent is among them. */
function completeTrace(spans: readonly ReceivedSpan[], traceId: string): ReceivedSpan[] | undefined {
  const trace = spans.filter((span) => span.traceId === traceId);
  const ids = new Set(trace.map((span) => span.spanId));
  return trace.every((span) => span.parentSpanId === undefined || ids.has(span.parentSpanId))
    ? trace
    : undefined;
}

function ancestorsOf(span: ReceivedSpan, trace: readonly ReceivedSpan[]): ReceivedSpan[] {
  const byId = new Map(trace.map((each) => [each.spanId, each]));
  const ancestors: ReceivedSpan[] = [];
  for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) {
    ancestors.push(parent);
  }
  return ancestors;
}

// One request that registers a product is one trace across catalogue, lifecycle and analytics: the relay
// and every consumer continue the traceparent kept in event metadata and Kafka headers.
describe('a product registration traced across services', () => {
  const run = uniqueName('trace');
  let receiver: OtlpReceiver;
  let platform: RunningPlatform;

  async function call(service: ServiceName, method: string, path: string, body?: unknown) {
    const token = await signDevToken({ sub: 'pat', roles: ['product_manager'] });
    const response = await fetch(`${platform.services[service].baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    platform = await startPlatform(['catalogue', 'lifecycle', 'analytics'], {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      // Export soon after a span ends, so the test waits for the trace and not for a 5 s batch timer.
      OTEL_BSP_SCHEDULE_DELAY: '200',
    });
  }, 300_000);

  afterAll(async () => {
    const codes = await platform?.stop();
    await receiver?.close();
    expect(codes?.every((code) => code === 0)).toBe(true);
  });

  it('runs HTTP -> command -> append -> relay -> lifecycle policy -> its append -> analytics projection', async () => {
    const line = await call('catalogue', 'POST', '/product-lines', {
      name: `Line ${run}`,
      description: 'traced',
    });
    expect(line).toMatchObject({ status: 201 });
    const product = await call('catalogue', 'POST', '/products', {
      code: `TR-${randomUUID().slice(0, 8).toUpperCase()}`,
      name: 'Traced product',
      description: 'one trace across services',
      productLineId: line.body.productLineId,
      kind: 'software',
      market: 'b2b',
      ownerId: 'pat',
      initialStage: 'in_life',
    });
    expect(product).toMatchObject({ status: 201 });
    const productId: string = product.body.productId;

    const isProcess = (span: ReceivedSpan, service: string, group: string) =>
      span.service === service &&
      span.kind === CONSUMER &&
      String(span.attributes['messaging.consumer.group.name']).endsWith(`.${group}`);
    const trace = await waitFor(
      () => {
        const command = receiver
          .spans()
          .find(
            (span) =>
              span.service === 'catalogue' &&
              span.name === 'command RegisterProduct' &&
              span.attributes['product_ledger.stream_id'] === productId,
          );
        if (!command) return undefined;
        const spans = completeTrace(receiver.spans(), command.traceId);
        // Analytics projects both the catalogue's event and the lifecycle's: the end of both branches.
        const projected = spans?.filter((span) => isProcess(span, 'analytics', 'portfolio')) ?? [];
        const fromLifecycle = projected.some((span) =>
          ancestorsOf(span, spans!).some((a) => a.service === 'lifecycle' && a.kind === PRODUCER),
        );
        return fromLifecycle && projected.length >= 2 ? spans : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 250, description: 'the registration trace to reach analytics' },
    );

    // One connected tree, rooted at the catalogue's HTTP server span.
    const roots = trace.filter((span) => span.parentSpanId === undefined);
    expect(roots).toHaveLength(1);
    const [root] = roots as [ReceivedSpan];
    expect(root).toMatchObject({ service: 'catalogue', kind: SERVER });
    for (const span of trace.filter((each) => each !== root))
      expect(ancestorsOf(span, trace)).toContain(root);
    expect(new Set(trace.map((span) => span.service))).toEqual(
      new Set(['catalogue', 'lifecycle', 'analytics']),
    );

    const one = (description: string, test: (span: ReceivedSpan) => boolean): ReceivedSpan => {
      const found = trace.find(test);
      if (!found)
        throw new Error(
          `no ${description} in the trace: ${trace.map((s) => `${s.service}:${s.name}`).join(', ')}`,
        );
      return found;
    };
    const isBelow = (span: ReceivedSpan, ancestor: ReceivedSpan) =>
      ancestorsOf(span, trace).includes(ancestor);

    // catalogue: HTTP -> command -> append (an INSERT in PostgreSQL) -> relay publish
    const command = one(
      'catalogue command',
      (s) => s.service === 'catalogue' && s.name === 'command RegisterProduct',
    );
    const append = one(
      'catalogue append',
      (s) => s.service === 'catalogue' && s.name === 'append' && isBelow(s, command),
    );
    one(
      'catalogue INSERT',
      (s) => s.service === 'catalogue' && s.kind === CLIENT && s.parentSpanId === append.spanId,
    );
    const published = one(
      'catalogue publish of ProductRegistered',
      (s) =>
        s.service === 'catalogue' &&
        s.kind === PRODUCER &&
        s.attributes['product_ledger.event_type'] === 'ProductRegistered',
    );
    expect(isBelow(published, append)).toBe(true);
    expect(isBelow(command, root)).toBe(true);

    // lifecycle: the start-lifecycles policy continues from the publish; its own append and publish follow.
    const policy = one('start-lifecycles process span', (s) => isProcess(s, 'lifecycle', 'start-lifecycles'));
    expect(policy.parentSpanId).toBe(published.spanId);
    const lifecycleAppend = one(
      'lifecycle append',
      (s) => s.service === 'lifecycle' && s.name === 'append' && isBelow(s, policy),
    );
    one(
      'lifecycle command',
      (s) => s.service === 'lifecycle' && s.name === 'command StartLifecycle' && isBelow(lifecycleAppend, s),
    );
    const lifecyclePublished = one(
      'lifecycle publish',
      (s) => s.service === 'lifecycle' && s.kind === PRODUCER && isBelow(s, lifecycleAppend),
    );

    // analytics: the portfolio projection applies the catalogue's event and the lifecycle's, each in the trace.
    const projections = trace.filter((s) => isProcess(s, 'analytics', 'portfolio'));
    expect(projections.some((s) => s.parentSpanId === published.spanId)).toBe(true);
    expect(projections.some((s) => s.parentSpanId === lifecyclePublished.spanId)).toBe(true);
  }, 240_000);

  it("serves the metrics the chart's dashboard and alerts read", async () => {
    for (const service of ['catalogue', 'lifecycle', 'analytics'] as const) {
      const text = await (await fetch(`${platform.services[service].baseUrl}/metrics`)).text();
      const relay = service === 'analytics' ? [] : ['relay_lag_events', 'relay_active']; // analytics appends nothing
      for (const metric of [
        'http_server_request_duration_seconds',
        'consumer_lag_messages',
        'consumer_dead_letters_total',
        ...relay,
      ]) {
        expect({ service, metric, exported: text.includes(`# TYPE ${metric} `) }).toEqual({
          service,
          metric,
          exported: true,
        });
      }
    }
  });
});
