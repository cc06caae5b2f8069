import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { playbookSchema } from '@product-ledger/contracts';
import { CommandRunner, IfMatch, setETag, type IfMatchVersion } from '@product-ledger/nest-event-sourcing';
import { CurrentActor, Roles, type Actor, type HeaderWriter } from '@product-ledger/service-kit';
import { playbookCommand } from '../application/commands/playbook-command';
import { LifecycleReader } from '../application/queries/lifecycle-reader';
import { now } from './accepted-at';
import { PlaybookBody } from './playbook.bodies';

@ApiTags('playbook')
@ApiBearerAuth()
@Controller('playbook')
export class PlaybookController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly reader: LifecycleReader,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The playbook in force: per gate the criteria, per stage the activities. Revision 0 is the default.',
  })
  async get(@Res({ passthrough: true }) res: HeaderWriter) {
    const { playbook, revision, version } = await this.reader.playbook();
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
    const outcome = await this.commands.run(
      playbookCommand,
      { type: 'ReplacePlaybook', playbook, actor: actor.subject, at: now() },
      { expectedVersion: ifMatch },
    );
    setETag(res, outcome.version);
    return { revision: outcome.state.revision, playbook: outcome.state.playbook };
  }
}
