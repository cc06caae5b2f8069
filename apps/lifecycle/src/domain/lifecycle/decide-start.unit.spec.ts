import { deciderSpec } from '@product-ledger/domain/testing';
import { lifecycleIdFor } from '@product-ledger/contracts';
import { activitiesOf } from '../playbook/playbook-lookup';
import { defaultPlaybook } from '../playbook/default-playbook';
import { at, history, inForce, lifecycleId, productId, start } from '../testing/lifecycle-fixtures';
import { lifecycleDecider } from './lifecycle-decider';

const spec = deciderSpec(lifecycleDecider);

describe('starting a lifecycle', () => {
  it('starts a product at innovation with the stage activities of the playbook', () => {
    spec.when(start()).then([
      {
        type: 'LifecycleStarted',
        data: { lifecycleId, productId, stage: 'innovation', startedAt: at(0), trigger: 'ProductRegistered' },
      },
      {
        type: 'StageEntered',
        data: {
          lifecycleId,
          productId,
          stage: 'innovation',
          previousStage: null,
          enteredAt: at(0),
          cause: 'start',
          activities: activitiesOf(defaultPlaybook, 'innovation'),
        },
      },
    ]);
  });

  it('starts a product that already exists at its initial stage', () => {
    spec.when(start('in_life')).thenState((state) => {
      expect(state).toMatchObject({ status: 'started', stage: 'in_life', stageEnteredAt: at(0) });
      expect(state.status === 'started' && state.activities.map((a) => a.id)).toContain(
        'performance-tracking',
      );
    });
  });

  it('starts the lifecycle of a version with the version on every event', () => {
    const versionLifecycle = lifecycleIdFor(productId, '2.0.0');
    spec
      .when({
        type: 'StartLifecycle',
        lifecycleId: versionLifecycle,
        productId,
        version: '2.0.0',
        stage: 'innovation',
        trigger: 'VersionPlanned',
        playbook: inForce,
        actor: 'catalogue-policy',
        at: at(0),
      })
      .thenState((_state, events) => {
        expect(events.map((e) => e.data)).toEqual([
          expect.objectContaining({
            lifecycleId: versionLifecycle,
            version: '2.0.0',
            trigger: 'VersionPlanned',
          }),
          expect.objectContaining({ lifecycleId: versionLifecycle, version: '2.0.0', stage: 'innovation' }),
        ]);
      });
  });

  it('refuses to start the same lifecycle twice', () => {
    spec
      .given(history(start()))
      .when(start('analysis', 5))
      .thenThrows('lifecycle.already_started', { lifecycleId });
  });
});

describe('lifecycle ids', () => {
  it('are derived from the product (and version), so a redelivered event names the same lifecycle', () => {
    expect(lifecycleIdFor(productId)).toBe(lifecycleIdFor(productId));
    expect(lifecycleIdFor(productId, '1.0.0')).not.toBe(lifecycleIdFor(productId));
    expect(lifecycleIdFor(productId, '1.0.0')).not.toBe(lifecycleIdFor(productId, '1.0.1'));
    expect(lifecycleIdFor(productId)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
