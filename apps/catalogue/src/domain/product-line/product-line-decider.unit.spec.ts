import { deciderSpec } from '@product-ledger/domain/testing';
import { productLineDecider } from './product-line-decider';
import type { ProductLineEvent } from './product-line-events';

const { given } = deciderSpec(productLineDecider);
const productLineId = '6f1d2c1e-9a4b-4c8e-8f51-2b7a3c9d0e11';
const created: ProductLineEvent = {
  type: 'ProductLineCreated',
  data: { productLineId, name: 'Collaboration', description: 'Tools for teams', ownerId: 'lena' },
};
const archived: ProductLineEvent = { type: 'ProductLineArchived', data: { productLineId } };

describe('product line decider', () => {
  describe('create', () => {
    it('creates a line that does not exist yet', () => {
      given([])
        .when({
          type: 'CreateProductLine',
          productLineId,
          name: 'Collaboration',
          description: 'Tools for teams',
          ownerId: 'lena',
        })
        .then([created]);
    });

    it('refuses to create the same line twice (conflict)', () => {
      given([created])
        .when({ type: 'CreateProductLine', productLineId, name: 'Other', description: '', ownerId: 'lena' })
        .thenThrows('product_line.already_exists');
    });
  });

  describe('revise', () => {
    it('renames, keeping the previous name', () => {
      given([created])
        .when({ type: 'ReviseProductLine', productLineId, name: 'Teamwork' })
        .then([
          {
            type: 'ProductLineRenamed',
            data: { productLineId, name: 'Teamwork', previousName: 'Collaboration' },
          },
        ]);
    });

    it('describes', () => {
      given([created])
        .when({ type: 'ReviseProductLine', productLineId, description: 'Chat and docs' })
        .then([{ type: 'ProductLineDescribed', data: { productLineId, description: 'Chat and docs' } }]);
    });

    it('renames and describes in one revision', () => {
      given([created])
        .when({ type: 'ReviseProductLine', productLineId, name: 'Teamwork', description: 'Chat and docs' })
        .then([
          {
            type: 'ProductLineRenamed',
            data: { productLineId, name: 'Teamwork', previousName: 'Collaboration' },
          },
          { type: 'ProductLineDescribed', data: { productLineId, description: 'Chat and docs' } },
        ]);
    });

    it('records nothing when the values do not change', () => {
      given([created])
        .when({
          type: 'ReviseProductLine',
          productLineId,
          name: 'Collaboration',
          description: 'Tools for teams',
        })
        .thenNothingHappened();
    });

    it('sees the latest name after a rename', () => {
      given([
        created,
        {
          type: 'ProductLineRenamed',
          data: { productLineId, name: 'Teamwork', previousName: 'Collaboration' },
        },
      ])
        .when({ type: 'ReviseProductLine', productLineId, name: 'Teamwork' })
        .thenNothingHappened();
    });

    it('refuses an unknown line (not found)', () => {
      given([])
        .when({ type: 'ReviseProductLine', productLineId, name: 'X' })
        .thenThrows('product_line.not_found');
    });

    it('refuses an archived line', () => {
      given([created, archived])
        .when({ type: 'ReviseProductLine', productLineId, name: 'X' })
        .thenThrows('product_line.archived');
    });
  });

  describe('archive', () => {
    it('archives a line that holds no active product', () => {
      given([created])
        .when({ type: 'ArchiveProductLine', productLineId, activeProducts: 0 })
        .then([archived]);
    });

    it('refuses while the line still holds active products', () => {
      given([created])
        .when({ type: 'ArchiveProductLine', productLineId, activeProducts: 2 })
        .thenThrows('product_line.has_active_products');
    });

    it('refuses to archive twice', () => {
      given([created, archived])
        .when({ type: 'ArchiveProductLine', productLineId, activeProducts: 0 })
        .thenThrows('product_line.archived');
    });

    it('refuses an unknown line (not found)', () => {
      given([])
        .when({ type: 'ArchiveProductLine', productLineId, activeProducts: 0 })
        .thenThrows('product_line.not_found');
    });
  });

  describe('owner', () => {
    it('assigns a new owner, naming the previous one', () => {
      given([created])
        .when({ type: 'AssignProductLineOwner', productLineId, ownerId: 'omar' })
        .then([
          {
            type: 'ProductLineOwnerAssigned',
            data: { productLineId, ownerId: 'omar', previousOwnerId: 'lena' },
          },
        ]);
    });

    it('changes nothing when the owner is assigned again', () => {
      given([created]).when({ type: 'AssignProductLineOwner', productLineId, ownerId: 'lena' }).then([]);
    });

    it('gives a line created before lines had owners its first owner', () => {
      given([{ type: 'ProductLineCreated', data: { productLineId, name: 'Old', description: '' } }])
        .when({ type: 'AssignProductLineOwner', productLineId, ownerId: 'omar' })
        .then([{ type: 'ProductLineOwnerAssigned', data: { productLineId, ownerId: 'omar' } }]);
    });

    it('refuses an owner for an archived line', () => {
      given([created, archived])
        .when({ type: 'AssignProductLineOwner', productLineId, ownerId: 'omar' })
        .thenThrows('product_line.archived');
    });
  });
});
