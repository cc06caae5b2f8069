import { deciderSpec } from '@product-ledger/domain/testing';
import {
  acme,
  accepted,
  at,
  globex,
  initech,
  merged,
  otherProductId,
  primaryId,
  requestId,
  submitted,
  submittedRhino,
} from '../../../test/request-fixtures';
import { decideMerge } from './merge-requests';
import { requestDecider } from './request-decider';
import type { RequestEvent } from './request-events';
import type { RequestState } from './request-state';

const spec = deciderSpec(requestDecider);

function stateOf(events: readonly RequestEvent[]): RequestState {
  return events.reduce(requestDecider.evolve, requestDecider.initialState());
}

const duplicateHistory: RequestEvent[] = [
  submitted({ requestId, accounts: [acme, initech], requester: 'dana.support' }),
];
const primaryHistory: RequestEvent[] = [
  submitted({ requestId: primaryId, accounts: [acme, globex], requester: 'sam.sales' }),
];
const ids = { duplicateRequestId: requestId, intoRequestId: primaryId };

function merge(primary: RequestState) {
  return {
    type: 'MergeRequest',
    requestId,
    at,
    intoRequestId: primaryId,
    primary,
    mergedBy: 'pat.pm',
  } as const;
}

function absorbFrom(duplicate: RequestState) {
  return {
    type: 'AbsorbDuplicate',
    requestId: primaryId,
    at,
    duplicateRequestId: requestId,
    duplicate,
  } as const;
}

describe('merging a duplicate into a primary', () => {
  it('closes the duplicate as merged into the primary', () => {
    spec
      .given(duplicateHistory)
      .when(merge(stateOf(primaryHistory)))
      .then([
        {
          type: 'RequestMerged',
          data: { requestId, intoRequestId: primaryId, mergedBy: 'pat.pm', mergedAt: at },
        },
      ]);
  });

  it('moves the accounts and requesters the primary lacks, never counting an account twice', () => {
    spec
      .given(primaryHistory)
      .when(absorbFrom(stateOf(duplicateHistory)))
      .then([
        {
          type: 'DuplicateAbsorbed',
          data: {
            requestId: primaryId,
            duplicateRequestId: requestId,
            accounts: [initech],
            requesters: ['dana.support'],
            rhino: false,
            absorbedAt: at,
          },
        },
      ]);
  });

  it('leaves the primary with each account once', () => {
    spec
      .given(primaryHistory)
      .when(absorbFrom(stateOf(duplicateHistory)))
      .thenState((state) => {
        expect(state).toMatchObject({
          accounts: [acme, globex, initech],
          requesters: ['sam.sales', 'dana.support'],
        });
      });
  });

  it('clears the RHiNO flag of a primary once a duplicate brings another account', () => {
    spec
      .given([submittedRhino(primaryId)])
      .when(absorbFrom(stateOf(duplicateHistory)))
      .thenState((state, events) => {
        expect(events[0]!.data).toMatchObject({ accounts: [initech], rhino: false });
        expect(state).toMatchObject({ rhino: false });
      });
  });

  it('decides both sides together', () => {
    const decision = decideMerge(stateOf(duplicateHistory), stateOf(primaryHistory), ids, 'pat.pm', at);
    expect(decision.duplicateEvents.map((e) => e.type)).toEqual(['RequestMerged']);
    expect(decision.primaryEvents.map((e) => e.type)).toEqual(['DuplicateAbsorbed']);
  });

  it('refuses to merge a request into itself', () => {
    spec
      .given(duplicateHistory)
      .when({ ...merge(stateOf(duplicateHistory)), intoRequestId: requestId })
      .thenThrows('request.merge_into_itself');
    expect(() =>
      decideMerge(
        stateOf(duplicateHistory),
        stateOf(duplicateHistory),
        { duplicateRequestId: requestId, intoRequestId: requestId },
        'pat.pm',
        at,
      ),
    ).toThrow(expect.objectContaining({ code: 'request.merge_into_itself', kind: 'rule-broken' }));
  });

  it.each([
    ['merged', merged(primaryId, '33333333-3333-4333-8333-333333333333')],
    [
      'delivered',
      {
        type: 'RequestDelivered',
        data: {
          requestId: primaryId,
          productId: submitted().data.productId!,
          version: '2.1.0',
          releasedAt: at,
          deliveredAt: at,
        },
      },
    ],
    [
      'closed',
      {
        type: 'RequestClosed',
        data: {
          requestId: primaryId,
          productId: submitted().data.productId!,
          reason: 'withdrawn',
          closedAt: at,
        },
      },
    ],
  ] as const)('refuses to merge into a %s request', (status, closing) => {
    const closedPrimary = [
      ...primaryHistory,
      ...(status === 'merged' ? [] : [accepted('2.1.0', primaryId)]),
      closing as RequestEvent,
    ];
    spec
      .given(duplicateHistory)
      .when(merge(stateOf(closedPrimary)))
      .thenThrows('request.merge_into_closed', { status });
    spec
      .given(closedPrimary)
      .when(absorbFrom(stateOf(duplicateHistory)))
      .thenThrows('request.merge_into_closed', { status });
  });

  it('refuses to merge into a request that does not exist', () => {
    spec
      .given(duplicateHistory)
      .when(merge({ exists: false }))
      .thenThrows('request.merge_target_unknown');
  });

  it('refuses to merge requests about two different products', () => {
    const elsewhere = [submitted({ requestId: primaryId, productId: otherProductId })];
    spec
      .given(duplicateHistory)
      .when(merge(stateOf(elsewhere)))
      .thenThrows('request.merge_across_products');
  });

  it('merges a request without a product into one with a product', () => {
    const { productId: _p, ...data } = submitted().data;
    spec
      .given([{ type: 'RequestSubmitted', data }])
      .when(merge(stateOf(primaryHistory)))
      .then([
        {
          type: 'RequestMerged',
          data: { requestId, intoRequestId: primaryId, mergedBy: 'pat.pm', mergedAt: at },
        },
      ]);
  });

  it('refuses to merge a duplicate that is already merged', () => {
    spec
      .given([...duplicateHistory, merged()])
      .when(merge(stateOf(primaryHistory)))
      .thenThrows('request.closed', { status: 'merged' });
  });

  it('absorbs a duplicate once', () => {
    const absorbed: RequestEvent = {
      type: 'DuplicateAbsorbed',
      data: {
        requestId: primaryId,
        duplicateRequestId: requestId,
        accounts: [initech],
        requesters: [],
        rhino: false,
        absorbedAt: at,
      },
    };
    spec
      .given([...primaryHistory, absorbed])
      .when(absorbFrom(stateOf(duplicateHistory)))
      .thenNothingHappened();
  });

  it('refuses to absorb a duplicate that is already closed', () => {
    spec
      .given(primaryHistory)
      .when(
        absorbFrom(stateOf([...duplicateHistory, merged(requestId, '33333333-3333-4333-8333-333333333333')])),
      )
      .thenThrows('request.closed');
  });
});
