import { NotFoundError, type Decider } from '@product-ledger/domain';
import type {
  AddStakeholder,
  AssignProductOwner,
  PlanVersion,
  ProductCommand,
  RegisterProduct,
  ReleaseVersion,
  RemoveStakeholder,
  ReviseProduct,
} from './product-commands';
import {
  InvalidVersionNumber,
  ProductAlreadyRegistered,
  ProductLineNotAvailable,
  ProductRetiredError,
  StakeholderAlreadyAdded,
  VersionAlreadyReleased,
  VersionAlreadyUsed,
  VersionNotPlanned,
} from './product-errors';
import { evolveProduct } from './product-evolve';
import type { ProductEvent } from './product-events';
import type { ProductLineAvailability } from './product-line-availability';
import type { ProductState, RegisteredProduct } from './product-state';
import { isSemanticVersion, sameVersion } from '@product-ledger/contracts';

function decide(command: ProductCommand, state: ProductState): ProductEvent[] {
  if (command.type === 'RegisterProduct') return register(command, state);
  if (!state.exists) throw new NotFoundError('product', command.productId);
  if (state.status === 'retired') {
    // A withdrawal that arrives again (or after a manual retirement) has nothing left to do.
    if (command.type === 'RetireWithdrawnProduct') return [];
    throw new ProductRetiredError(state.productId);
  }
  switch (command.type) {
    case 'ReviseProduct':
      return revise(command, state);
    case 'AssignProductOwner':
      return assignOwner(command, state);
    case 'AddStakeholder':
      return addStakeholder(command, state);
    case 'RemoveStakeholder':
      return removeStakeholder(command, state);
    case 'PlanVersion':
      return planVersion(command, state);
    case 'ReleaseVersion':
      return releaseVersion(command, state);
    case 'RetireProduct':
      return [
        {
          type: 'ProductRetired',
          data: { productId: state.productId, reason: command.reason, cause: 'decision' },
        },
      ];
    case 'RetireWithdrawnProduct':
      return [
        {
          type: 'ProductRetired',
          data: {
            productId: state.productId,
            reason: command.reason,
            cause: 'withdrawal',
            withdrawalEventId: command.withdrawalEventId,
          },
        },
      ];
  }
}

function requireAvailableLine(
  productLineId: string,
  availability: ProductLineAvailability | undefined,
): void {
  if (availability === 'active') return;
  throw new ProductLineNotAvailable(productLineId, availability ?? 'unknown');
}

function register(command: RegisterProduct, state: ProductState): ProductEvent[] {
  if (state.exists) throw new ProductAlreadyRegistered(command.productId);
  requireAvailableLine(command.productLineId, command.productLine);
  const { productId, code, name, description, productLineId, kind, market, ownerId, initialStage } = command;
  const data = { productId, code, name, description, productLineId, kind, market, ownerId };
  return [{ type: 'ProductRegistered', data: initialStage ? { ...data, initialStage } : data }];
}

function revise(command: ReviseProduct, state: RegisteredProduct): ProductEvent[] {
  const { productId } = state;
  const events: ProductEvent[] = [];
  if (command.productLineId !== undefined && command.productLineId !== state.productLineId) {
    requireAvailableLine(command.productLineId, command.productLine);
    events.push({
      type: 'ProductMovedToLine',
      data: { productId, productLineId: command.productLineId, previousProductLineId: state.productLineId },
    });
  }
  if (command.name !== undefined && command.name !== state.name) {
    events.push({
      type: 'ProductRenamed',
      data: { productId, name: command.name, previousName: state.name },
    });
  }
  if (command.description !== undefined && command.description !== state.description) {
    events.push({ type: 'ProductDescribed', data: { productId, description: command.description } });
  }
  return events;
}

function assignOwner(command: AssignProductOwner, state: RegisteredProduct): ProductEvent[] {
  if (command.ownerId === state.ownerId) return [];
  return [
    {
      type: 'ProductOwnerAssigned',
      data: { productId: state.productId, ownerId: command.ownerId, previousOwnerId: state.ownerId },
    },
  ];
}

function addStakeholder(command: AddStakeholder, state: RegisteredProduct): ProductEvent[] {
  const { personId, role } = command;
  if (state.stakeholders.some((s) => s.personId === personId && s.role === role)) {
    throw new StakeholderAlreadyAdded(state.productId, personId, role);
  }
  return [{ type: 'StakeholderAdded', data: { productId: state.productId, personId, role } }];
}

function removeStakeholder(command: RemoveStakeholder, state: RegisteredProduct): ProductEvent[] {
  const stakeholder = state.stakeholders.find(
    (s) => s.personId === command.personId && s.role === command.role,
  );
  if (!stakeholder) throw new NotFoundError('stakeholder', `${command.personId}/${command.role}`);
  return [{ type: 'StakeholderRemoved', data: { productId: state.productId, ...stakeholder } }];
}

function planVersion(command: PlanVersion, state: RegisteredProduct): ProductEvent[] {
  const { version, targetDate, scope } = command;
  if (!isSemanticVersion(version)) throw new InvalidVersionNumber(version);
  if (state.versions.some((v) => sameVersion(v.version, version)))
    throw new VersionAlreadyUsed(state.productId, version);
  return [{ type: 'VersionPlanned', data: { productId: state.productId, version, targetDate, scope } }];
}

function releaseVersion(command: ReleaseVersion, state: RegisteredProduct): ProductEvent[] {
  const planned = state.versions.find((v) => sameVersion(v.version, command.version));
  if (!planned) throw new VersionNotPlanned(state.productId, command.version);
  if (planned.status === 'released') throw new VersionAlreadyReleased(state.productId, planned.version);
  return [
    {
      type: 'VersionReleased',
      data: { productId: state.productId, version: planned.version, releasedAt: command.releasedAt },
    },
  ];
}

export const productDecider: Decider<ProductCommand, ProductEvent, ProductState> = {
  decide,
  evolve: evolveProduct,
  initialState: () => ({ exists: false }),
};
