import type { CustomerAccount } from '@product-ledger/contracts';
import type { RequestEvent, RequestSubmitted } from '../src/domain/request/request-events';

/** Fixed ids and facts for decider tests: a product, three customer accounts, a submitted request. */
export const productId = '0d6f4f8e-2c1b-4a57-9f3e-5b8a1c2d3e4f';
export const otherProductId = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const requestId = '11111111-1111-4111-8111-111111111111';
export const primaryId = '22222222-2222-4222-8222-222222222222';
export const at = '2026-03-01T10:00:00.000Z';
export const threshold = 250_000;

export const acme: CustomerAccount = { accountId: 'acct-acme', name: 'Acme', revenue: 1_200_000 };
export const globex: CustomerAccount = { accountId: 'acct-globex', name: 'Globex', revenue: 800_000 };
export const initech: CustomerAccount = { accountId: 'acct-initech', name: 'Initech', revenue: 300_000 };

export function submitted(overrides: Partial<RequestSubmitted['data']> = {}): RequestSubmitted {
  return {
    type: 'RequestSubmitted',
    data: {
      requestId,
      title: 'Single sign-on with Okta',
      description: 'Our customers want SSO',
      source: 'sales',
      productId,
      requester: 'sam.sales',
      accounts: [acme, globex],
      dealValue: 100_000,
      rhino: false,
      rhinoThreshold: threshold,
      submittedBy: 'sam.sales',
      submittedAt: at,
      ...overrides,
    },
  };
}

/** A RHiNO: Acme alone, with a deal worth more than the threshold. */
export function submittedRhino(id = requestId): RequestSubmitted {
  return submitted({ requestId: id, accounts: [acme], dealValue: 900_000, rhino: true });
}

export function accepted(plannedVersion = '2.1.0', id = requestId): RequestEvent {
  return {
    type: 'RequestAccepted',
    data: { requestId: id, productId, plannedVersion, rhino: false, decidedBy: 'pat.pm', decidedAt: at },
  };
}

export function merged(id = requestId, into = primaryId): RequestEvent {
  return {
    type: 'RequestMerged',
    data: { requestId: id, intoRequestId: into, mergedBy: 'pat.pm', mergedAt: at },
  };
}
