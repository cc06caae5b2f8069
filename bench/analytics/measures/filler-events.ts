import { ProductRegisteredV1, ProductRenamedV1, type EventContract } from '@product-ledger/contracts';
import { encodeCloudEvent } from '@product-ledger/event-store';
import { CompressionTypes, type Kafka, type Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const SOURCE = 'product-ledger/bench-filler';

/**
 * Catalogue events produced straight onto the catalogue's product topic, exactly as its relay writes them
 * (CloudEvents binary mode, key = product id, data checked against the published contract): the load that
 * brings the events analytics consumes up to the steady rate the freshness measure asks for, on top of the
 * commands the real catalogue can take on this machine. Names start with "Filler rename".
 */
export class FillerEvents {
  readonly productIds: string[];
  private readonly versions = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private producer?: Producer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly productLineId: string,
    products: number,
  ) {
    this.productIds = Array.from({ length: products }, () => randomUUID());
  }

  async connect(): Promise<void> {
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
  }

  /** ProductRegistered for every filler product (untimed, before the measure). */
  async registerAll(): Promise<void> {
    const messages = this.productIds.map((productId, i) => {
      const name = `Filler product ${i}`;
      this.names.set(productId, name);
      return this.message(ProductRegisteredV1, productId, {
        productId,
        code: `FILL${String(i).padStart(5, '0')}`,
        name,
        description: '',
        productLineId: this.productLineId,
        kind: 'service',
        market: 'internal',
        ownerId: 'bench-filler',
      });
    });
    for (let from = 0; from < messages.length; from += 500) await this.send(messages.slice(from, from + 500));
  }

  /**
   * Renames filler products round-robin at `rate` per second for `seconds`, in small sends every few
   * milliseconds; `onSend(name, at)` gets each rename's name and when its send started (before the broker
   * acknowledged it: analytics may apply it before the acknowledgement is back).
   */
  async renameSteadily(
    rate: number,
    seconds: number,
    onSend: (name: string, at: number) => void,
  ): Promise<{ sent: number; seconds: number }> {
    const total = Math.round(rate * seconds);
    const interval = 1000 / rate;
    const startedAt = performance.now();
    let next = 0;
    while (next < total) {
      const due = Math.min(total, Math.floor((performance.now() - startedAt) / interval) + 1);
      const batch: { name: string; message: ReturnType<FillerEvents['message']> }[] = [];
      // At most 500 a send (the broker's message size limit), however far behind the schedule it is.
      while (next < due && batch.length < 500) {
        const productId = this.productIds[next % this.productIds.length];
        const name = `Filler rename ${next++}`;
        const previousName = this.names.get(productId)!;
        this.names.set(productId, name);
        batch.push({
          name,
          message: this.message(ProductRenamedV1, productId, { productId, name, previousName }),
        });
      }
      if (batch.length > 0) {
        const at = performance.now();
        for (const b of batch) onSend(b.name, at);
        await this.send(batch.map((b) => b.message));
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return { sent: total, seconds: (performance.now() - startedAt) / 1000 };
  }

  private message(contract: EventContract, productId: string, data: Record<string, unknown>) {
    const streamVersion = (this.versions.get(productId) ?? 0) + 1;
    this.versions.set(productId, streamVersion);
    const encoded = encodeCloudEvent(
      {
        streamId: productId,
        streamVersion,
        globalPosition: '0',
        transactionId: '0',
        eventId: randomUUID(),
        type: contract.type,
        schemaVersion: contract.schemaVersion,
        data: contract.schema.parse(data),
        metadata: { actor: 'bench-filler' },
        recordedAt: new Date(),
      },
      this.topic,
      SOURCE,
    );
    return { key: encoded.key, value: encoded.value, headers: encoded.headers };
  }

  private async send(messages: ReturnType<FillerEvents['message']>[]): Promise<void> {
    await this.producer!.send({ topic: this.topic, acks: -1, compression: CompressionTypes.None, messages });
  }
}
