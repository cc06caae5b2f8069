import { deciderSpec } from '@product-ledger/domain/testing';
import {
  accepted,
  at,
  merged,
  productId,
  requestId,
  submitted,
  submittedRhino,
} from '../../../test/request-fixtures';
import type { AcceptRequest, DeclineRequest, DeferRequest } from './request-commands';
import { requestDecider } from './request-decider';
import type { RequestEvent } from './request-events';

const spec = deciderSpec(requestDecider);

const accept: AcceptRequest = {
  type: 'AcceptRequest',
  requestId,
  at,
  plannedVersion: '2.1.0',
  product: 'active',
  plannedVersionReleased: false,
  decidedBy: 'pat.pm',
};
const decline: DeclineRequest = {
  type: 'DeclineRequest',
  requestId,
  at,
  reason: 'Not on the roadmap this year',
  decidedBy: 'pat.pm',
};
const defer: DeferRequest = {
  type: 'DeferRequest',
  requestId,
  at,
  until: '2026-06-30',
  reason: 'After the platform rework',
  decidedBy: 'pat.pm',
};

const declined: RequestEvent = {
  type: 'RequestDeclined',
  data: { requestId, reason: 'Not on the roadmap this year', decidedBy: 'pat.pm', decidedAt: at },
};

describe('decisions', () => {
  describe('accept', () => {
    it('accepts a request for a planned version of its product', () => {
      spec.given([submitted()]).when(accept).then([accepted()]);
    });

    it('refuses to accept a RHiNO without a rationale', () => {
      spec
        .given([submittedRhino()])
        .when(accept)
        .thenThrows('request.rhino_rationale_required', { requestId });
    });

    it('refuses a blank rationale for a RHiNO', () => {
      spec
        .given([submittedRhino()])
        .when({ ...accept, rationale: '   ' })
        .thenThrows('request.rhino_rationale_required');
    });

    it('accepts a RHiNO with a written rationale, keeping it on the event', () => {
      const rationale = 'Opens the banking segment; three more banks are in the pipeline';
      spec
        .given([submittedRhino()])
        .when({ ...accept, rationale })
        .then([
          {
            type: 'RequestAccepted',
            data: {
              requestId,
              productId,
              plannedVersion: '2.1.0',
              rationale,
              rhino: true,
              decidedBy: 'pat.pm',
              decidedAt: at,
            },
          },
        ]);
    });

    it('needs a product to plan the request for', () => {
      const { productId: _p, ...data } = submitted().data;
      spec
        .given([{ type: 'RequestSubmitted', data }])
        .when(accept)
        .thenThrows('request.product_required');
    });

    it.each(['retired', 'withdrawn', 'unknown'] as const)(
      'refuses when the product is %s',
      (availability) => {
        spec
          .given([submitted()])
          .when({ ...accept, product: availability })
          .thenThrows(`product.${availability}`);
      },
    );

    it('refuses a version that is not a semantic version', () => {
      spec
        .given([submitted()])
        .when({ ...accept, plannedVersion: 'next' })
        .thenThrows('request.invalid_version');
    });

    it('refuses a version the catalogue already released', () => {
      spec
        .given([submitted()])
        .when({ ...accept, plannedVersionReleased: true })
        .thenThrows('request.version_already_released');
    });

    it('records nothing when accepted again for the same version', () => {
      spec
        .given([submitted(), accepted()])
        .when({ ...accept, plannedVersion: '2.1.0+build.9' })
        .thenNothingHappened();
    });

    it('re-plans an accepted request for another version', () => {
      spec
        .given([submitted(), accepted()])
        .when({ ...accept, plannedVersion: '2.2.0' })
        .then([accepted('2.2.0')]);
    });

    it('accepts a request that was declined before (a product manager may change their mind)', () => {
      spec.given([submitted(), declined]).when(accept).then([accepted()]);
    });
  });

  describe('decline', () => {
    it('declines with the reason the customer is told', () => {
      spec.given([submitted()]).when(decline).then([declined]);
    });

    it('needs a reason', () => {
      spec
        .given([submitted()])
        .when({ ...decline, reason: '  ' })
        .thenThrows('request.reason_required');
    });

    it('records nothing when declined again for the same reason', () => {
      spec.given([submitted(), declined]).when(decline).thenNothingHappened();
    });
  });

  describe('defer', () => {
    it('defers until a later day', () => {
      spec
        .given([submitted()])
        .when(defer)
        .then([
          {
            type: 'RequestDeferred',
            data: {
              requestId,
              until: '2026-06-30',
              reason: 'After the platform rework',
              decidedBy: 'pat.pm',
              decidedAt: at,
            },
          },
        ]);
    });

    it.each(['2026-03-01', '2025-12-31'])('refuses to defer until %s (not after today)', (until) => {
      spec
        .given([submitted()])
        .when({ ...defer, until })
        .thenThrows('request.defer_until_not_future', { until, today: '2026-03-01' });
    });
  });

  describe('on a closed request', () => {
    const delivered: RequestEvent = {
      type: 'RequestDelivered',
      data: { requestId, productId, version: '2.1.0', releasedAt: at, deliveredAt: at },
    };
    const closed: RequestEvent = {
      type: 'RequestClosed',
      data: { requestId, productId, reason: 'withdrawn', closedAt: at },
    };

    it.each([
      ['merged', [submitted(), merged()]],
      ['delivered', [submitted(), accepted(), delivered]],
      ['closed', [submitted(), closed]],
    ] as const)('refuses every decision on a %s request', (status, history) => {
      for (const command of [accept, decline, defer]) {
        spec.given(history).when(command).thenThrows('request.closed', { status });
      }
    });

    it('refuses a decision on an unknown request (not found)', () => {
      spec.when(accept).thenThrows('request.not_found');
    });
  });
});
