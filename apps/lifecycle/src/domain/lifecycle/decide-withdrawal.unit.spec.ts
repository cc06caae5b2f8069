import { deciderSpec } from '@product-ledger/domain/testing';
import { lifecycleIdFor } from '@product-ledger/contracts';
import { defaultPlaybook } from '../playbook/default-playbook';
import { activitiesOf } from '../playbook/playbook-lookup';
import {
  announceWithdrawal,
  at,
  completeWithdrawal,
  history,
  inForce,
  lifecycleId,
  pm,
  productId,
  start,
} from '../testing/lifecycle-fixtures';
import { lifecycleDecider } from './lifecycle-decider';
import type { LifecycleCommand } from './lifecycle-commands';

const spec = deciderSpec(lifecycleDecider);
const replacement = '7d2c1b0a-9e8f-4a6b-8c5d-3e2f1a0b9c8d';

describe('withdrawing a product', () => {
  it('announces from in_life: the lifecycle enters end_of_life', () => {
    spec
      .given(history(start('in_life')))
      .when(announceWithdrawal(1, replacement))
      .then([
        {
          type: 'WithdrawalAnnounced',
          data: {
            lifecycleId,
            productId,
            effectiveDate: '2026-12-31',
            reason: 'Replaced by the cloud edition',
            replacementProductId: replacement,
            announcedBy: pm,
            announcedAt: at(1),
          },
        },
        {
          type: 'StageEntered',
          data: {
            lifecycleId,
            productId,
            stage: 'end_of_life',
            previousStage: 'in_life',
            enteredAt: at(1),
            cause: 'withdrawal_announced',
            activities: activitiesOf(defaultPlaybook, 'end_of_life'),
          },
        },
      ]);
  });

  it('is refused before the product is in life', () => {
    spec
      .given(history(start('development')))
      .when(announceWithdrawal(1))
      .thenThrows('withdrawal.not_in_life', { stage: 'development' });
  });

  it('is refused twice', () => {
    spec
      .given(history(start('in_life'), announceWithdrawal(1)))
      .when(announceWithdrawal(2))
      .thenThrows('withdrawal.not_in_life', {
        stage: 'end_of_life',
      });
  });

  it('refuses a product as its own replacement', () => {
    spec
      .given(history(start('in_life')))
      .when(announceWithdrawal(1, productId))
      .thenThrows('withdrawal.replaced_by_itself');
  });

  it('announces without moving for a product registered when already at end_of_life', () => {
    spec
      .given(history(start('end_of_life')))
      .when(announceWithdrawal(1))
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['WithdrawalAnnounced']);
        expect(state).toMatchObject({ stage: 'end_of_life', withdrawal: { effectiveDate: '2026-12-31' } });
      });
  });

  it('completes: ProductWithdrawn with the announced terms, then the withdrawn stage', () => {
    spec
      .given(history(start('in_life'), announceWithdrawal(1, replacement)))
      .when(completeWithdrawal(2))
      .then([
        {
          type: 'ProductWithdrawn',
          data: {
            lifecycleId,
            productId,
            effectiveDate: '2026-12-31',
            reason: 'Replaced by the cloud edition',
            replacementProductId: replacement,
            withdrawnBy: pm,
            withdrawnAt: at(2),
          },
        },
        {
          type: 'StageEntered',
          data: {
            lifecycleId,
            productId,
            stage: 'withdrawn',
            previousStage: 'end_of_life',
            enteredAt: at(2),
            cause: 'withdrawal_completed',
            activities: [],
          },
        },
      ]);
  });

  it('cannot complete what was not announced', () => {
    spec
      .given(history(start('in_life')))
      .when(completeWithdrawal(1))
      .thenThrows('withdrawal.not_announced', { stage: 'in_life' });
    spec
      .given(history(start('end_of_life')))
      .when(completeWithdrawal(1))
      .thenThrows('withdrawal.not_announced');
  });

  it('takes no more changes once withdrawn', () => {
    spec
      .given(history(start('in_life'), announceWithdrawal(1), completeWithdrawal(2)))
      .when(completeWithdrawal(3))
      .thenThrows('lifecycle.closed', { stage: 'withdrawn' });
  });

  it('names the version when a version lifecycle is withdrawn', () => {
    const versionLifecycle = lifecycleIdFor(productId, '1.2.0');
    const base = { lifecycleId: versionLifecycle, actor: pm };
    const commands: LifecycleCommand[] = [
      {
        ...base,
        type: 'StartLifecycle',
        productId,
        version: '1.2.0',
        stage: 'in_life',
        trigger: 'VersionPlanned',
        playbook: inForce,
        at: at(0),
      },
      {
        ...base,
        type: 'AnnounceWithdrawal',
        effectiveDate: '2026-06-30',
        reason: 'superseded by 1.3.0',
        replacementProductId: productId,
        playbook: inForce,
        at: at(1),
      },
    ];
    spec
      .given(history(...commands))
      .when({ ...base, type: 'CompleteWithdrawal', at: at(2) })
      .thenState((_state, events) => {
        expect(events[0]).toEqual({
          type: 'ProductWithdrawn',
          data: {
            lifecycleId: versionLifecycle,
            productId,
            version: '1.2.0',
            effectiveDate: '2026-06-30',
            reason: 'superseded by 1.3.0',
            replacementProductId: productId,
            withdrawnBy: pm,
            withdrawnAt: at(2),
          },
        });
      });
  });
});
