/**
 * The one event shape every side writes: same type, same data (about 230 bytes of JSON), same metadata,
 * so the stores differ only in how they store it.
 */
export const BENCH_EVENT_TYPE = 'ProductPriceChanged';

export const benchMetadata = { correlationId: 'bench-correlation-0001', actor: 'bench-writer' } as const;

const NOTE =
  'Price adjusted after the quarterly review of the catalogue; effective at the start of next month.';

// A type alias (not an interface) so it fits libraries that take Record<string, unknown>.
export type BenchEventData = {
  readonly productId: string;
  readonly sequence: number;
  readonly currency: string;
  readonly amountCents: number;
  readonly note: string;
  readonly changedBy: string;
};

export interface BenchEvent {
  readonly type: string;
  readonly data: BenchEventData;
}

/** `count` events for `streamId`, numbered after `afterVersion`. */
export function benchEvents(streamId: string, afterVersion: number, count: number): BenchEvent[] {
  const events: BenchEvent[] = [];
  for (let i = 1; i <= count; i++) {
    const sequence = afterVersion + i;
    events.push({
      type: BENCH_EVENT_TYPE,
      data: {
        productId: streamId,
        sequence,
        currency: 'EUR',
        amountCents: 100_000 + sequence,
        note: NOTE,
        changedBy: 'user-7f3c2a',
      },
    });
  }
  return events;
}
