import { NotFoundError, type Decider } from '@product-ledger/domain';
import type {
  ArchiveProductLine,
  AssignProductLineOwner,
  ProductLineCommand,
  ReviseProductLine,
} from './product-line-commands';
import {
  ProductLineAlreadyExists,
  ProductLineArchivedError,
  ProductLineHasActiveProducts,
} from './product-line-errors';
import type { ProductLineEvent } from './product-line-events';
import type { ProductLineState } from './product-line-state';

type ExistingLine = Extract<ProductLineState, { exists: true }>;

function decide(command: ProductLineCommand, state: ProductLineState): ProductLineEvent[] {
  if (command.type === 'CreateProductLine') {
    if (state.exists) throw new ProductLineAlreadyExists(command.productLineId);
    const { productLineId, name, description, ownerId } = command;
    return [{ type: 'ProductLineCreated', data: { productLineId, name, description, ownerId } }];
  }
  if (!state.exists) throw new NotFoundError('product_line', command.productLineId);
  if (state.status === 'archived') throw new ProductLineArchivedError(state.productLineId);
  switch (command.type) {
    case 'ReviseProductLine':
      return revise(command, state);
    case 'ArchiveProductLine':
      return archive(command, state);
    case 'AssignProductLineOwner':
      return assignOwner(command, state);
  }
}

function assignOwner(command: AssignProductLineOwner, state: ExistingLine): ProductLineEvent[] {
  if (command.ownerId === state.ownerId) return [];
  const data = { productLineId: state.productLineId, ownerId: command.ownerId };
  return [
    {
      type: 'ProductLineOwnerAssigned',
      data: state.ownerId === undefined ? data : { ...data, previousOwnerId: state.ownerId },
    },
  ];
}

function revise(command: ReviseProductLine, state: ExistingLine): ProductLineEvent[] {
  const events: ProductLineEvent[] = [];
  const { productLineId } = state;
  if (command.name !== undefined && command.name !== state.name) {
    events.push({
      type: 'ProductLineRenamed',
      data: { productLineId, name: command.name, previousName: state.name },
    });
  }
  if (command.description !== undefined && command.description !== state.description) {
    events.push({ type: 'ProductLineDescribed', data: { productLineId, description: command.description } });
  }
  return events;
}

function archive(command: ArchiveProductLine, state: ExistingLine): ProductLineEvent[] {
  if (command.activeProducts > 0)
    throw new ProductLineHasActiveProducts(state.productLineId, command.activeProducts);
  return [{ type: 'ProductLineArchived', data: { productLineId: state.productLineId } }];
}

function evolve(state: ProductLineState, event: ProductLineEvent): ProductLineState {
  if (event.type === 'ProductLineCreated') return { exists: true, ...event.data, status: 'active' };
  if (!state.exists) return state;
  switch (event.type) {
    case 'ProductLineRenamed':
      return { ...state, name: event.data.name };
    case 'ProductLineDescribed':
      return { ...state, description: event.data.description };
    case 'ProductLineArchived':
      return { ...state, status: 'archived' };
    case 'ProductLineOwnerAssigned':
      return { ...state, ownerId: event.data.ownerId };
  }
}

function initialState(): ProductLineState {
  return { exists: false };
}

export const productLineDecider: Decider<ProductLineCommand, ProductLineEvent, ProductLineState> = {
  decide,
  evolve,
  initialState,
};
