import { RequestAcceptedV1, RequestSubmittedV1, requestsContracts } from './request-events';

// Analytics reads these fields; dropping or renaming one is a breaking change (a v2 with an upcaster).
describe('request event contracts', () => {
  const submitted = {
    requestId: '11111111-1111-4111-8111-111111111111',
    title: 'SSO',
    description: '',
    source: 'sales',
    requester: 'sam',
    accounts: [{ accountId: 'acme', name: 'Acme', revenue: 1_000_000 }],
    dealValue: 300_000,
    rhino: true,
    rhinoThreshold: 250_000,
    submittedBy: 'sam',
    submittedAt: '2026-03-01T10:00:00.000Z',
  };

  it('RequestSubmitted carries request id, optional product, source, accounts with revenue, deal value, RHiNO flag and time', () => {
    expect(RequestSubmittedV1.schema.safeParse(submitted).success).toBe(true);
    expect(RequestSubmittedV1.schema.safeParse({ ...submitted, productId: '0d6f4f8e-2c1b-4a57-9f3e-5b8a1c2d3e4f' }).success).toBe(true);
    for (const field of ['requestId', 'source', 'accounts', 'dealValue', 'rhino', 'submittedAt'] as const) {
      const { [field]: _dropped, ...without } = submitted;
      expect(RequestSubmittedV1.schema.safeParse(without).success).toBe(false);
    }
    expect(RequestSubmittedV1.schema.safeParse({ ...submitted, accounts: [{ accountId: 'a', name: 'A' }] }).success).toBe(false);
  });

  it('decisions carry decidedAt', () => {
    const accepted = {
      requestId: submitted.requestId,
      productId: '0d6f4f8e-2c1b-4a57-9f3e-5b8a1c2d3e4f',
      plannedVersion: '2.1.0',
      rhino: false,
      decidedBy: 'pat',
      decidedAt: '2026-03-02T10:00:00.000Z',
    };
    expect(RequestAcceptedV1.schema.safeParse(accepted).success).toBe(true);
    const { decidedAt: _at, ...withoutTime } = accepted;
    expect(RequestAcceptedV1.schema.safeParse(withoutTime).success).toBe(false);
  });

  it('publishes every request event on requests.request.v1, once per type and version', () => {
    expect(new Set(requestsContracts.map((contract) => contract.topic))).toEqual(new Set(['requests.request.v1']));
    expect(requestsContracts.map((contract) => contract.type)).toEqual([
      'RequestSubmitted',
      'RequestLinkedToProduct',
      'RequestEndorsed',
      'RequestMerged',
      'DuplicateAbsorbed',
      'RequestScored',
      'RequestAccepted',
      'RequestDeclined',
      'RequestDeferred',
      'RequestDelivered',
      'RequestClosed',
    ]);
  });
});
