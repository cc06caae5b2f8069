import { CommandHandler } from '@nestjs/cqrs';
import { playbookStreamId } from '@product-ledger/contracts';
import { DeciderCommandHandler } from '@product-ledger/nest-event-sourcing';
import {
  playbookDecider,
  type PlaybookCommand,
  type PlaybookEvent,
  type PlaybookState,
} from '../domain/playbook/playbook-decider';
import { ReplacePlaybookCommand } from './lifecycle-nest-commands';

@CommandHandler(ReplacePlaybookCommand)
export class ReplacePlaybookHandler extends DeciderCommandHandler<
  ReplacePlaybookCommand,
  PlaybookEvent,
  PlaybookState,
  PlaybookCommand
> {
  protected readonly decider = playbookDecider;

  protected streamId(): string {
    return playbookStreamId;
  }

  protected override toDecision(command: ReplacePlaybookCommand): PlaybookCommand {
    return { type: 'ReplacePlaybook', playbook: command.playbook, actor: command.actor, at: command.at };
  }
}
