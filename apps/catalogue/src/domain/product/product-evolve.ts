import type { ProductEvent } from './product-events';
import type { ProductState } from './product-state';
import { sameVersion } from '@product-ledger/contracts';

/** Folds one product event into the state. Events are facts: no rule is checked here. */
export function evolveProduct(state: ProductState, event: ProductEvent): ProductState {
  if (event.type === 'ProductRegistered') {
    return { exists: true, ...event.data, status: 'active', stakeholders: [], versions: [] };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'ProductRenamed':
      return { ...state, name: event.data.name };
    case 'ProductDescribed':
      return { ...state, description: event.data.description };
    case 'ProductMovedToLine':
      return { ...state, productLineId: event.data.productLineId };
    case 'ProductOwnerAssigned':
      return { ...state, ownerId: event.data.ownerId };
    case 'StakeholderAdded':
      return {
        ...state,
        stakeholders: [...state.stakeholders, { personId: event.data.personId, role: event.data.role }],
      };
    case 'StakeholderRemoved':
      return {
        ...state,
        stakeholders: state.stakeholders.filter(
          (s) => s.personId !== event.data.personId || s.role !== event.data.role,
        ),
      };
    case 'VersionPlanned': {
      const { version, targetDate, scope } = event.data;
      return { ...state, versions: [...state.versions, { version, targetDate, scope, status: 'planned' }] };
    }
    case 'VersionReleased':
      return {
        ...state,
        versions: state.versions.map((v) =>
          sameVersion(v.version, event.data.version)
            ? { ...v, status: 'released' as const, releasedAt: event.data.releasedAt }
            : v,
        ),
      };
    case 'ProductRetired':
      return { ...state, status: 'retired', retirementReason: event.data.reason };
  }
}
