import type { EventData, Playbook, PlaybookChangedV1 } from '@product-ledger/contracts';
import type { Decider, DomainEvent } from '@product-ledger/domain';
import { defaultPlaybook } from './default-playbook';
import { PlaybookInvalid } from './playbook-errors';
import { validatePlaybook } from './validate-playbook';

/** The organisation's playbook: one stream; revision 0 is the default that ships. */
export interface PlaybookState {
  readonly revision: number;
  readonly playbook: Playbook;
}

export interface ReplacePlaybook {
  readonly type: 'ReplacePlaybook';
  readonly playbook: Playbook;
  readonly actor: string;
  readonly at: string;
}

export type PlaybookCommand = ReplacePlaybook;
export type PlaybookChanged = DomainEvent<'PlaybookChanged', EventData<typeof PlaybookChangedV1>>;
export type PlaybookEvent = PlaybookChanged;

export const playbookDecider: Decider<PlaybookCommand, PlaybookEvent, PlaybookState> = {
  initialState: () => ({ revision: 0, playbook: defaultPlaybook }),

  decide(command, state) {
    const problems = validatePlaybook(command.playbook);
    if (problems.length > 0) throw new PlaybookInvalid(problems);
    return [
      {
        type: 'PlaybookChanged',
        data: {
          revision: state.revision + 1,
          playbook: command.playbook,
          changedBy: command.actor,
          changedAt: command.at,
        },
      },
    ];
  },

  evolve(_state, event) {
    return { revision: event.data.revision, playbook: event.data.playbook };
  },
};
