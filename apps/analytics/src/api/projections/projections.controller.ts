import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent } from '@product-ledger/nest-event-sourcing';
import { CurrentActor, Roles, type Actor } from '@product-ledger/service-kit';
import { ProjectionRebuilds, rebuildableProjections } from '../../application/rebuilds/projection-rebuilds';
import { ProjectionRebuildResponse, ProjectionStateResponse } from './projection.responses';

type LocatableResponse = { setHeader(name: string, value: string): unknown };

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics/projections')
export class ProjectionsController {
  constructor(private readonly rebuilds: ProjectionRebuilds) {}

  @Get()
  @Roles('admin', 'analyst')
  @ApiOperation({ summary: 'The read models, how far each has applied its topics, and their last rebuild' })
  @ApiOkResponse({ type: [ProjectionStateResponse] })
  list() {
    return Promise.all(rebuildableProjections.map((name) => this.rebuilds.state(name)));
  }

  @Get(':name')
  @Roles('admin', 'analyst')
  @ApiParam({ name: 'name', enum: rebuildableProjections })
  @ApiOperation({
    summary: 'One read model: progress against its topics and its last rebuild (poll it during a rebuild)',
  })
  @ApiOkResponse({ type: ProjectionStateResponse })
  state(@Param('name') name: string) {
    return this.rebuilds.state(name);
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @Roles('admin')
  @Idempotent()
  @ApiParam({ name: 'name', enum: rebuildableProjections })
  @ApiOperation({
    summary:
      'Rebuild a read model from its topics (performance: from the facts) while the service keeps serving',
    description:
      'Answers at once; follow the progress at the Location (GET /analytics/projections/{name}). 409 while one runs.',
  })
  @ApiAcceptedResponse({ type: ProjectionRebuildResponse })
  async rebuild(
    @Param('name') name: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: LocatableResponse,
  ) {
    const rebuild = await this.rebuilds.start(name, actor.subject);
    response.setHeader('Location', `/analytics/projections/${rebuild.projection}`);
    return rebuild;
  }
}
