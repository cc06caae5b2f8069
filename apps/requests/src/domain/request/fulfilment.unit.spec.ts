import { deciderSpec } from '@product-ledger/domain/testing';
import {
  accepted,
  at,
  merged,
  otherProductId,
  productId,
  requestId,
  submitted,
} from '../../../test/request-fixtures';
import type { CloseRequestOfWithdrawnProduct, DeliverRequest } from './request-commands';
import { requestDecider } from './request-decider';
import type { RequestEvent } from './request-events';

const spec = deciderSpec(requestDecider);
const releasedAt = '2026-04-01T09:00:00.000Z';
const deliver: DeliverRequest = {
  type: 'DeliverRequest',
  requestId,
  at,
  productId,
  version: '2.1.0',
  releasedAt,
};
const delivered: RequestEvent = {
  type: 'RequestDelivered',
  data: { requestId, productId, version: '2.1.0', releasedAt, deliveredAt: at },
};
const close: CloseRequestOfWithdrawnProduct = {
  type: 'CloseRequestOfWithdrawnProduct',
  requestId,
  at,
  productId,
  reason: 'Product withdrawn: replaced by Nimbus',
  withdrawalEventId: 'evt-1',
};
const closed: RequestEvent = {
  type: 'RequestClosed',
  data: {
    requestId,
    productId,
    reason: 'Product withdrawn: replaced by Nimbus',
    withdrawalEventId: 'evt-1',
    closedAt: at,
  },
};

describe('delivery (policy on VersionReleased)', () => {
  it('delivers a request accepted for the released version', () => {
    spec.given([submitted(), accepted()]).when(deliver).then([delivered]);
  });

  it('delivers when the release carries build metadata', () => {
    spec
      .given([submitted(), accepted()])
      .when({ ...deliver, version: '2.1.0+build.7' })
      .then([delivered]);
  });

  it('delivers once when the release arrives twice', () => {
    spec.given([submitted(), accepted(), delivered]).when(deliver).thenNothingHappened();
  });

  it('ignores a request planned for another version', () => {
    spec
      .given([submitted(), accepted('2.2.0')])
      .when(deliver)
      .thenNothingHappened();
  });

  it('ignores a release of another product', () => {
    spec
      .given([submitted(), accepted()])
      .when({ ...deliver, productId: otherProductId })
      .thenNothingHappened();
  });

  it('ignores a request that is not accepted', () => {
    spec.given([submitted()]).when(deliver).thenNothingHappened();
  });

  it('ignores a request declined after it was accepted', () => {
    const declined: RequestEvent = {
      type: 'RequestDeclined',
      data: { requestId, reason: 'No', decidedBy: 'pat.pm', decidedAt: at },
    };
    spec.given([submitted(), accepted(), declined]).when(deliver).thenNothingHappened();
  });
});

describe('closing (policy on ProductWithdrawn)', () => {
  it.each([
    ['open', [submitted()]],
    ['accepted', [submitted(), accepted()]],
    [
      'deferred',
      [
        submitted(),
        {
          type: 'RequestDeferred',
          data: { requestId, until: '2026-09-01', decidedBy: 'pat.pm', decidedAt: at },
        },
      ],
    ],
  ] as const)('closes an %s request of the withdrawn product', (_status, history) => {
    spec
      .given(history as readonly RequestEvent[])
      .when(close)
      .then([closed]);
  });

  it('leaves a declined request as it was answered', () => {
    const declined: RequestEvent = {
      type: 'RequestDeclined',
      data: { requestId, reason: 'No', decidedBy: 'pat.pm', decidedAt: at },
    };
    spec.given([submitted(), declined]).when(close).thenNothingHappened();
  });

  it('closes once when the withdrawal arrives twice', () => {
    spec.given([submitted(), closed]).when(close).thenNothingHappened();
  });

  it('leaves delivered and merged requests alone', () => {
    spec.given([submitted(), accepted(), delivered]).when(close).thenNothingHappened();
    spec.given([submitted(), merged()]).when(close).thenNothingHappened();
  });

  it('ignores requests of other products', () => {
    spec
      .given([submitted({ productId: otherProductId })])
      .when(close)
      .thenNothingHappened();
  });
});
