import { deciderSpec } from '@product-ledger/domain/testing';
import {
  acme,
  at,
  globex,
  initech,
  merged,
  otherProductId,
  productId,
  requestId,
  submitted,
  submittedRhino,
  threshold,
} from '../../../test/request-fixtures';
import type { SubmitRequest } from './request-commands';
import { requestDecider } from './request-decider';

const spec = deciderSpec(requestDecider);

const submit: SubmitRequest = {
  type: 'SubmitRequest',
  requestId,
  at,
  title: 'Single sign-on with Okta',
  description: 'Our customers want SSO',
  source: 'sales',
  productId,
  product: 'active',
  requester: 'sam.sales',
  accounts: [acme, globex],
  dealValue: 100_000,
  rhinoThreshold: threshold,
  submittedBy: 'sam.sales',
};

describe('request intake', () => {
  describe('submit', () => {
    it('records a request for a product the catalogue offers', () => {
      spec.when(submit).then([submitted()]);
    });

    it('records a request without a product', () => {
      const { productId: _omitted, product: _none, ...withoutProduct } = submit;
      const { productId: _p, ...data } = submitted().data;
      spec.when(withoutProduct).then([{ type: 'RequestSubmitted', data }]);
    });

    it('counts an account named twice once', () => {
      spec.when({ ...submit, accounts: [acme, globex, { ...acme, revenue: 5 }] }).then([submitted()]);
    });

    it('flags a RHiNO: a single account with a deal above the threshold', () => {
      spec.when({ ...submit, accounts: [acme], dealValue: 900_000 }).then([submittedRhino()]);
    });

    it('does not flag a single account whose deal is at the threshold', () => {
      spec
        .when({ ...submit, accounts: [acme], dealValue: threshold })
        .then([submitted({ accounts: [acme], dealValue: threshold, rhino: false })]);
    });

    it('does not flag a big deal that several accounts want', () => {
      spec.when({ ...submit, dealValue: 900_000 }).then([submitted({ dealValue: 900_000, rhino: false })]);
    });

    it.each(['unknown', 'retired', 'withdrawn'] as const)('refuses a product that is %s', (availability) => {
      spec.when({ ...submit, product: availability }).thenThrows(`product.${availability}`, { productId });
    });

    it('refuses to submit the same request twice (conflict)', () => {
      spec.given([submitted()]).when(submit).thenThrows('request.already_submitted');
    });
  });

  describe('link to a product', () => {
    const link = {
      type: 'LinkRequestToProduct',
      requestId,
      at,
      productId,
      product: 'active',
      linkedBy: 'pat.pm',
    } as const;

    it('links a request that had no product', () => {
      const { productId: _p, ...data } = submitted().data;
      spec
        .given([{ type: 'RequestSubmitted', data }])
        .when(link)
        .then([
          {
            type: 'RequestLinkedToProduct',
            data: { requestId, productId, linkedBy: 'pat.pm', linkedAt: at },
          },
        ]);
    });

    it('moves a request to another product, naming the previous one', () => {
      spec
        .given([submitted()])
        .when({ ...link, productId: otherProductId })
        .then([
          {
            type: 'RequestLinkedToProduct',
            data: {
              requestId,
              productId: otherProductId,
              previousProductId: productId,
              linkedBy: 'pat.pm',
              linkedAt: at,
            },
          },
        ]);
    });

    it('records nothing when the request is already linked to that product', () => {
      spec.given([submitted()]).when(link).thenNothingHappened();
    });

    it.each(['unknown', 'retired', 'withdrawn'] as const)(
      'refuses a product that is %s (422)',
      (availability) => {
        spec
          .given([submitted()])
          .when({ ...link, productId: otherProductId, product: availability })
          .thenThrows(`product.${availability}`, { productId: otherProductId });
      },
    );

    it('keeps an accepted request with the product it is planned for', () => {
      spec
        .given([
          submitted(),
          {
            type: 'RequestAccepted',
            data: {
              requestId,
              productId,
              plannedVersion: '2.1.0',
              rhino: false,
              decidedBy: 'pat.pm',
              decidedAt: at,
            },
          },
        ])
        .when({ ...link, productId: otherProductId })
        .thenThrows('request.product_locked_by_plan');
    });

    it('refuses an unknown request (not found)', () => {
      spec.when(link).thenThrows('request.not_found');
    });

    it('refuses a merged request', () => {
      spec
        .given([submitted(), merged()])
        .when({ ...link, productId: otherProductId })
        .thenThrows('request.closed', { status: 'merged' });
    });
  });

  describe('endorse', () => {
    const endorse = {
      type: 'EndorseRequest',
      requestId,
      at,
      account: initech,
      note: 'Asked at the QBR',
      endorsedBy: 'sam.sales',
    } as const;

    it('records another account that wants the request', () => {
      spec
        .given([submitted()])
        .when(endorse)
        .then([
          {
            type: 'RequestEndorsed',
            data: {
              requestId,
              account: initech,
              note: 'Asked at the QBR',
              endorsedBy: 'sam.sales',
              endorsedAt: at,
              rhino: false,
            },
          },
        ]);
    });

    it('counts the same account once: a second endorsement records nothing', () => {
      const first = {
        type: 'RequestEndorsed',
        data: { requestId, account: initech, endorsedBy: 'sam.sales', endorsedAt: at, rhino: false },
      } as const;
      spec
        .given([submitted(), first])
        .when({ ...endorse, account: { ...initech, revenue: 9_999_999 } })
        .thenNothingHappened();
    });

    it('records nothing when an account of the submission endorses it', () => {
      spec
        .given([submitted()])
        .when({ ...endorse, account: acme })
        .thenNothingHappened();
    });

    it('clears the RHiNO flag once a second account wants it', () => {
      spec
        .given([submittedRhino()])
        .when(endorse)
        .thenState((state, events) => {
          expect(events).toHaveLength(1);
          expect(events[0]!.data).toMatchObject({ rhino: false });
          expect(state).toMatchObject({ rhino: false, accounts: [acme, initech] });
        });
    });

    it('refuses an endorsement of a closed request', () => {
      spec
        .given([
          submitted(),
          {
            type: 'RequestClosed',
            data: { requestId, productId, reason: 'product withdrawn', closedAt: at },
          },
        ])
        .when(endorse)
        .thenThrows('request.closed', { status: 'closed' });
    });
  });
});
