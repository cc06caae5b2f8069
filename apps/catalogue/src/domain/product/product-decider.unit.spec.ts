import { deciderSpec } from '@product-ledger/domain/testing';
import type { RegisterProduct } from './product-commands';
import { productDecider } from './product-decider';
import type { ProductEvent } from './product-events';

const { given } = deciderSpec(productDecider);
const productId = '0b8e4f5a-1c2d-4e3f-9a8b-7c6d5e4f3a21';
const lineA = '6f1d2c1e-9a4b-4c8e-8f51-2b7a3c9d0e11';
const lineB = '7a2e3d4f-5b6c-4d7e-8f90-1a2b3c4d5e6f';

const register: RegisterProduct = {
  type: 'RegisterProduct',
  productId,
  code: 'CRM',
  name: 'CRM Suite',
  description: 'Customer relationships',
  productLineId: lineA,
  productLine: 'active',
  kind: 'software',
  market: 'b2b',
  ownerId: 'alice',
};
const registered: ProductEvent = {
  type: 'ProductRegistered',
  data: {
    productId,
    code: 'CRM',
    name: 'CRM Suite',
    description: 'Customer relationships',
    productLineId: lineA,
    kind: 'software',
    market: 'b2b',
    ownerId: 'alice',
  },
};
const retired: ProductEvent = {
  type: 'ProductRetired',
  data: { productId, reason: 'superseded', cause: 'decision' },
};
const planned: ProductEvent = {
  type: 'VersionPlanned',
  data: { productId, version: '1.0.0', targetDate: '2026-09-01', scope: 'first release' },
};
const released: ProductEvent = {
  type: 'VersionReleased',
  data: { productId, version: '1.0.0', releasedAt: '2026-09-02T10:00:00.000Z' },
};
const marketingBob: ProductEvent = {
  type: 'StakeholderAdded',
  data: { productId, personId: 'bob', role: 'marketing' },
};

describe('product decider', () => {
  describe('register', () => {
    it('registers a product in an active line', () => {
      given([]).when(register).then([registered]);
    });

    it('keeps the initial stage of a product that already exists', () => {
      given([])
        .when({ ...register, initialStage: 'in_life' })
        .then([
          {
            type: 'ProductRegistered',
            data: { ...registered.data, initialStage: 'in_life' },
          } as ProductEvent,
        ]);
    });

    it('refuses to register the same product twice (conflict)', () => {
      given([registered]).when(register).thenThrows('product.already_registered');
    });

    it('refuses an archived line', () => {
      given([])
        .when({ ...register, productLine: 'archived' })
        .thenThrows('product_line.archived');
    });

    it('refuses an unknown line', () => {
      given([])
        .when({ ...register, productLine: 'unknown' })
        .thenThrows('product_line.unknown');
    });
  });

  describe('revise (rename, describe, move to another line)', () => {
    it('renames, keeping the previous name', () => {
      given([registered])
        .when({ type: 'ReviseProduct', productId, name: 'CRM Cloud' })
        .then([
          { type: 'ProductRenamed', data: { productId, name: 'CRM Cloud', previousName: 'CRM Suite' } },
        ]);
    });

    it('describes', () => {
      given([registered])
        .when({ type: 'ReviseProduct', productId, description: 'Sales pipeline' })
        .then([{ type: 'ProductDescribed', data: { productId, description: 'Sales pipeline' } }]);
    });

    it('moves to another active line', () => {
      given([registered])
        .when({ type: 'ReviseProduct', productId, productLineId: lineB, productLine: 'active' })
        .then([
          {
            type: 'ProductMovedToLine',
            data: { productId, productLineId: lineB, previousProductLineId: lineA },
          },
        ]);
    });

    it('records each changed field as its own event', () => {
      given([registered])
        .when({
          type: 'ReviseProduct',
          productId,
          name: 'CRM Cloud',
          description: 'x',
          productLineId: lineB,
          productLine: 'active',
        })
        .then([
          {
            type: 'ProductMovedToLine',
            data: { productId, productLineId: lineB, previousProductLineId: lineA },
          },
          { type: 'ProductRenamed', data: { productId, name: 'CRM Cloud', previousName: 'CRM Suite' } },
          { type: 'ProductDescribed', data: { productId, description: 'x' } },
        ]);
    });

    it('records nothing when nothing changes', () => {
      given([registered])
        .when({
          type: 'ReviseProduct',
          productId,
          name: 'CRM Suite',
          description: 'Customer relationships',
          productLineId: lineA,
        })
        .thenNothingHappened();
    });

    it('refuses to move into an archived line', () => {
      given([registered])
        .when({ type: 'ReviseProduct', productId, productLineId: lineB, productLine: 'archived' })
        .thenThrows('product_line.archived');
    });

    it('refuses to move into an unknown line', () => {
      given([registered])
        .when({ type: 'ReviseProduct', productId, productLineId: lineB, productLine: 'unknown' })
        .thenThrows('product_line.unknown');
    });

    it('refuses an unknown product (not found)', () => {
      given([]).when({ type: 'ReviseProduct', productId, name: 'x' }).thenThrows('product.not_found');
    });
  });

  describe('assign owner', () => {
    it('assigns a new owner, keeping the previous one', () => {
      given([registered])
        .when({ type: 'AssignProductOwner', productId, ownerId: 'carol' })
        .then([
          { type: 'ProductOwnerAssigned', data: { productId, ownerId: 'carol', previousOwnerId: 'alice' } },
        ]);
    });

    it('records nothing when the owner stays the same', () => {
      given([registered])
        .when({ type: 'AssignProductOwner', productId, ownerId: 'alice' })
        .thenNothingHappened();
    });
  });

  describe('stakeholders', () => {
    it('adds a stakeholder in a role', () => {
      given([registered])
        .when({ type: 'AddStakeholder', productId, personId: 'bob', role: 'marketing' })
        .then([marketingBob]);
    });

    it('lets one person hold several roles', () => {
      given([registered, marketingBob])
        .when({ type: 'AddStakeholder', productId, personId: 'bob', role: 'sales' })
        .then([{ type: 'StakeholderAdded', data: { productId, personId: 'bob', role: 'sales' } }]);
    });

    it('refuses the same person in the same role twice', () => {
      given([registered, marketingBob])
        .when({ type: 'AddStakeholder', productId, personId: 'bob', role: 'marketing' })
        .thenThrows('stakeholder.already_added');
    });

    it('removes a stakeholder', () => {
      given([registered, marketingBob])
        .when({ type: 'RemoveStakeholder', productId, personId: 'bob', role: 'marketing' })
        .then([{ type: 'StakeholderRemoved', data: { productId, personId: 'bob', role: 'marketing' } }]);
    });

    it('can add a stakeholder again after removal', () => {
      given([
        registered,
        marketingBob,
        { type: 'StakeholderRemoved', data: { productId, personId: 'bob', role: 'marketing' } },
      ])
        .when({ type: 'AddStakeholder', productId, personId: 'bob', role: 'marketing' })
        .then([marketingBob]);
    });

    it('refuses to remove someone who is not a stakeholder in that role (not found)', () => {
      given([registered, marketingBob])
        .when({ type: 'RemoveStakeholder', productId, personId: 'bob', role: 'sales' })
        .thenThrows('stakeholder.not_found');
    });
  });

  describe('versions', () => {
    it('plans a version', () => {
      given([registered])
        .when({
          type: 'PlanVersion',
          productId,
          version: '1.0.0',
          targetDate: '2026-09-01',
          scope: 'first release',
        })
        .then([planned]);
    });

    it('accepts pre-release versions', () => {
      given([registered])
        .when({
          type: 'PlanVersion',
          productId,
          version: '2.0.0-rc.1',
          targetDate: '2026-09-01',
          scope: 'rc',
        })
        .then([
          {
            type: 'VersionPlanned',
            data: { productId, version: '2.0.0-rc.1', targetDate: '2026-09-01', scope: 'rc' },
          },
        ]);
    });

    it('refuses a number that is not a semantic version', () => {
      given([registered])
        .when({ type: 'PlanVersion', productId, version: '1.0', targetDate: '2026-09-01', scope: 'x' })
        .thenThrows('version.invalid');
    });

    it('uses a version number once', () => {
      given([registered, planned])
        .when({ type: 'PlanVersion', productId, version: '1.0.0', targetDate: '2027-01-01', scope: 'again' })
        .thenThrows('version.already_used');
    });

    it('uses a version number once, also after its release', () => {
      given([registered, planned, released])
        .when({ type: 'PlanVersion', productId, version: '1.0.0', targetDate: '2027-01-01', scope: 'again' })
        .thenThrows('version.already_used');
    });

    it('treats build metadata as the same version number', () => {
      given([registered, planned])
        .when({
          type: 'PlanVersion',
          productId,
          version: '1.0.0+build.7',
          targetDate: '2027-01-01',
          scope: 'again',
        })
        .thenThrows('version.already_used');
    });

    it('releases a planned version', () => {
      given([registered, planned])
        .when({ type: 'ReleaseVersion', productId, version: '1.0.0', releasedAt: '2026-09-02T10:00:00.000Z' })
        .then([released]);
    });

    it('refuses to release a version that was never planned', () => {
      given([registered, planned])
        .when({ type: 'ReleaseVersion', productId, version: '2.0.0', releasedAt: '2026-09-02T10:00:00.000Z' })
        .thenThrows('version.not_planned');
    });

    it('refuses to release a version twice', () => {
      given([registered, planned, released])
        .when({ type: 'ReleaseVersion', productId, version: '1.0.0', releasedAt: '2026-09-03T10:00:00.000Z' })
        .thenThrows('version.already_released');
    });
  });

  describe('retire', () => {
    it('retires an active product', () => {
      given([registered]).when({ type: 'RetireProduct', productId, reason: 'superseded' }).then([retired]);
    });

    it('refuses to retire twice', () => {
      given([registered, retired])
        .when({ type: 'RetireProduct', productId, reason: 'again' })
        .thenThrows('product.retired');
    });

    it('retires a withdrawn product, naming the withdrawal', () => {
      given([registered])
        .when({ type: 'RetireWithdrawnProduct', productId, reason: 'withdrawn', withdrawalEventId: 'evt-1' })
        .then([
          {
            type: 'ProductRetired',
            data: { productId, reason: 'withdrawn', cause: 'withdrawal', withdrawalEventId: 'evt-1' },
          },
        ]);
    });

    it('does nothing when a withdrawal arrives for a product already retired', () => {
      given([registered, retired])
        .when({ type: 'RetireWithdrawnProduct', productId, reason: 'withdrawn', withdrawalEventId: 'evt-1' })
        .thenNothingHappened();
    });

    it('refuses a withdrawal for an unknown product (not found)', () => {
      given([])
        .when({ type: 'RetireWithdrawnProduct', productId, reason: 'withdrawn', withdrawalEventId: 'evt-1' })
        .thenThrows('product.not_found');
    });
  });

  describe('a retired product refuses every change', () => {
    const history = [registered, planned, marketingBob, retired];
    it.each([
      ['rename', { type: 'ReviseProduct', productId, name: 'x' }],
      ['describe', { type: 'ReviseProduct', productId, description: 'x' }],
      ['move', { type: 'ReviseProduct', productId, productLineId: lineB, productLine: 'active' }],
      ['assign owner', { type: 'AssignProductOwner', productId, ownerId: 'carol' }],
      ['add stakeholder', { type: 'AddStakeholder', productId, personId: 'dan', role: 'sales' }],
      ['remove stakeholder', { type: 'RemoveStakeholder', productId, personId: 'bob', role: 'marketing' }],
      [
        'plan version',
        { type: 'PlanVersion', productId, version: '2.0.0', targetDate: '2027-01-01', scope: 'x' },
      ],
      [
        'release version',
        { type: 'ReleaseVersion', productId, version: '1.0.0', releasedAt: '2026-09-02T10:00:00.000Z' },
      ],
    ] as const)('%s', (_name, command) => {
      given(history).when(command).thenThrows('product.retired');
    });
  });
});
