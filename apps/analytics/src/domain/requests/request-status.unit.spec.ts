import { requestStatusAfter } from './request-status';

describe('requestStatusAfter', () => {
  it('follows the decision and closing events of a request', () => {
    expect(requestStatusAfter('RequestSubmitted')).toBe('open');
    expect(requestStatusAfter('RequestAccepted')).toBe('accepted');
    expect(requestStatusAfter('RequestDeclined')).toBe('declined');
    expect(requestStatusAfter('RequestDeferred')).toBe('deferred');
    expect(requestStatusAfter('RequestDelivered')).toBe('delivered');
    expect(requestStatusAfter('RequestMerged')).toBe('merged');
    expect(requestStatusAfter('RequestClosed')).toBe('closed');
  });

  it('leaves the status alone for events that do not change it', () => {
    expect(requestStatusAfter('RequestEndorsed')).toBeUndefined();
    expect(requestStatusAfter('RequestScored')).toBeUndefined();
    expect(requestStatusAfter('RequestLinkedToProduct')).toBeUndefined();
  });
});
