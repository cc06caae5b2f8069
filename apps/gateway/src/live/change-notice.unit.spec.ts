import { toChangeNotice } from './change-notice';

const headers = { ce_type: 'VersionPlanned', ce_subject: 'p-1', ce_id: 'e-1' };

describe('toChangeNotice', () => {
  it('names the event type, stream and product, and nothing else of the data', () => {
    const value = Buffer.from(JSON.stringify({ productId: 'p-1', version: '1.0.0', scope: 'secret plans' }));
    expect(toChangeNotice('catalogue.product.v1', { key: Buffer.from('p-1'), value, headers })).toEqual({
      type: 'VersionPlanned',
      streamId: 'p-1',
      productId: 'p-1',
      topic: 'catalogue.product.v1',
    });
  });

  it('falls back to the key for the stream and leaves out a missing product id', () => {
    const notice = toChangeNotice('lifecycle.lifecycle.v1', {
      key: Buffer.from('lifecycle-playbook'),
      value: Buffer.from('not json'),
      headers: { ce_type: [Buffer.from('PlaybookRevised')] },
    });
    expect(notice).toEqual({
      type: 'PlaybookRevised',
      streamId: 'lifecycle-playbook',
      topic: 'lifecycle.lifecycle.v1',
    });
  });

  it('ignores a message that is not a CloudEvent', () => {
    expect(toChangeNotice('t', { key: null, value: Buffer.from('{}'), headers: {} })).toBeUndefined();
  });
});
