import { decodeCloudEvent, encodeCloudEvent } from './cloud-events';
import type { StoredEvent } from '../store/event-types';

const event: StoredEvent = {
  streamId: 'product-7',
  streamVersion: 3,
  globalPosition: '42',
  transactionId: '900',
  eventId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  type: 'ProductRenamed',
  schemaVersion: 2,
  data: { name: 'Ledger Pro' },
  metadata: { correlationId: 'c-1', causationId: 'k-1', actor: 'alice', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', extra: 1 },
  recordedAt: new Date('2025-01-02T03:04:05.678Z'),
};

describe('CloudEvents binary binding', () => {
  it('encodes attributes as ce_ headers, key = stream id, value = JSON data', () => {
    expect(encodeCloudEvent(event, 'catalogue.product.v1', '/product-ledger/catalogue')).toEqual({
      topic: 'catalogue.product.v1',
      key: 'product-7',
      value: '{"name":"Ledger Pro"}',
      headers: {
        ce_specversion: '1.0',
        ce_id: event.eventId,
        ce_type: 'ProductRenamed',
        ce_source: '/product-ledger/catalogue',
        ce_time: '2025-01-02T03:04:05.678Z',
        ce_subject: 'product-7',
        ce_schemaversion: '2',
        ce_streamversion: '3',
        'content-type': 'application/json',
        ce_correlationid: 'c-1',
        ce_causationid: 'k-1',
        ce_actor: 'alice',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      },
    });
  });

  it('decodes what it encodes', () => {
    const message = encodeCloudEvent(event, 't', '/s');
    expect(decodeCloudEvent({ headers: message.headers, value: Buffer.from(message.value as string) })).toEqual({
      id: event.eventId,
      type: 'ProductRenamed',
      source: '/s',
      subject: 'product-7',
      time: event.recordedAt,
      schemaVersion: 2,
      streamVersion: 3,
      data: { name: 'Ledger Pro' },
      metadata: { correlationId: 'c-1', causationId: 'k-1', actor: 'alice', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    });
  });

  it('refuses messages that are not CloudEvents', () => {
    expect(() => decodeCloudEvent({ headers: { ce_id: 'x' }, value: null })).toThrow(/missing header\(s\) ce_type, ce_source, ce_specversion/);
    const headers = { ce_id: 'x', ce_type: 't', ce_source: 's', ce_specversion: '0.3' };
    expect(() => decodeCloudEvent({ headers, value: null })).toThrow(/specversion/);
    expect(() => decodeCloudEvent({ headers: { ...headers, ce_specversion: '1.0' }, value: Buffer.from('{oops') })).toThrow();
  });

  it('carries no malformed traceparent, in either direction', () => {
    const headers = { ce_id: 'x', ce_type: 't', ce_source: 's', ce_specversion: '1.0', traceparent: '00-abc-def-01' };
    expect(decodeCloudEvent({ headers, value: null }).metadata).toEqual({});
    const encoded = encodeCloudEvent({ ...event, metadata: { traceparent: 'evil\r\nheader' } }, 'topic', 'src');
    expect(encoded.headers).not.toHaveProperty('traceparent');
  });
});
