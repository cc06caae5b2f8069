import { Body, Controller, Get, Inject, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { playbookSchema } from '@product-ledger/contracts';
import type { EventStore } from '@product-ledger/event-store';
import {
  EVENT_STORE,
  IfMatch,
  setETag,
  type CommandOutcome,
  type IfMatchVersion,
} from '@product-ledger/nest-event-sourcing';
import { CurrentActor, Roles, type Actor } from '@product-ledger/service-kit';
import { ReplacePlaybookCommand } from '../application/lifecycle-nest-commands';
import { playbookInForce } from '../application/playbook-in-force';
import type { PlaybookEvent, PlaybookState } from '../domain/playbook/playbook-decider';
import { now, type HeaderWriter } from './header-writer';
import { PlaybookBody } from './playbook.bodies';

@ApiTags('playbook')
@ApiBearerAuth()
@Controller('playbook')
export class PlaybookController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The playbook in force: per gate the criteria, per stage the activities. Revision 0 is the default.',
  })
  async get(@Res({ passthrough: true }) res: HeaderWriter) {
    const { playbook, revision, version } = await playbookInForce(this.store);
    setETag(res, version);
    return { revision, playbook };
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Replace the playbook (validated; open reviews keep their criteria).' })
  async replace(
    @Body() body: PlaybookBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    // The DTO checked every field; parsing makes it the plain contract shape the event carries.
    const playbook = playbookSchema.parse(body);
    const outcome = await this.commandBus.execute<
      ReplacePlaybookCommand,
      CommandOutcome<PlaybookEvent, PlaybookState>
    >(new ReplacePlaybookCommand(playbook, actor.subject, now(), ifMatch));
    setETag(res, outcome.version);
    return { revision: outcome.state.revision, playbook: outcome.state.playbook };
  }
}
