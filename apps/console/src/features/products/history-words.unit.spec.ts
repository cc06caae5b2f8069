import { describeEvent } from './history-words';

describe('describeEvent', () => {
  it('says what happened, who did it, in words', () => {
    expect(
      describeEvent({
        type: 'VersionPlanned',
        actor: 'alice',
        data: { version: '1.2.0', targetDate: '2026-09-30', scope: 'Sync' },
      }),
    ).toBe('alice planned version 1.2.0 for 2026-09-30: Sync');
    expect(describeEvent({ type: 'ProductRetired', actor: 'policy:retire-on-withdrawal', data: {} })).toBe(
      'The retire-on-withdrawal policy retired the product',
    );
  });

  it('still reads for an event type it does not know', () => {
    expect(describeEvent({ type: 'ProductRepainted', data: {} })).toBe('Someone: product repainted');
  });
});
