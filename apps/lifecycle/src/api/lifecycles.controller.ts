import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import {
  CommandRunner,
  IfMatch,
  Idempotent,
  setETag,
  type IfMatchVersion,
} from '@product-ledger/nest-event-sourcing';
import {
  CurrentActor,
  decodeCursor,
  defaultPageSize,
  encodeCursor,
  instantText,
  isMine,
  Roles,
  UuidParam,
  uuidText,
  type Actor,
  type HeaderWriter,
} from '@product-ledger/service-kit';
import {
  lifecycleCommand,
  startedLifecycle,
  type LifecycleRequest,
} from '../application/commands/lifecycle-command';
import { LifecycleReader } from '../application/queries/lifecycle-reader';
import { currentRequester, ProductAccess } from '@product-ledger/product-access';
import { gateReviewView } from './gate-review.view';
import { now } from './accepted-at';
import { historyView } from './history.view';
import { lifecycleView } from './lifecycle.view';
import {
  ActivityCompletionBody,
  AdvanceBody,
  BusinessCaseBody,
  OpenGateReviewBody,
  WithdrawalBody,
  WithdrawalCompletionBody,
} from './lifecycle.bodies';
import { ListLifecyclesQuery } from './list-lifecycles.query';
import { openReviewOf } from '../domain/lifecycle/lifecycle-state';

@ApiTags('lifecycles')
@ApiBearerAuth()
@Controller('lifecycles')
export class LifecyclesController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly reader: LifecycleReader,
    private readonly access: ProductAccess,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Lifecycles, oldest first, from the read model (updated from the event topic).' })
  @ApiOkResponse({ description: '`{ items, nextCursor }`; pass `nextCursor` as `cursor` for the next page.' })
  async list(@Query() query: ListLifecyclesQuery) {
    const limit = query.limit ?? defaultPageSize;
    const after = query.cursor === undefined ? undefined : positionOf(query.cursor);
    const { rows, hasMore } = await this.reader.lifecycles({
      productId: query.productId,
      stage: query.stage,
      ...(isMine(query.mine) ? { mine: currentRequester().subject } : {}),
      limit,
      after,
    });
    const last = rows[rows.length - 1];
    return {
      items: rows.map((row) => ({
        ...row,
        stageEnteredAt: new Date(row.stageEnteredAt).toISOString(),
        startedAt: new Date(row.startedAt).toISOString(),
      })),
      nextCursor: hasMore && last ? encodeCursor([last.startedAt, last.lifecycleId]) : null,
    };
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'A lifecycle: stage and since when, activities, open review, business case. `ETag` = stream version.',
  })
  async get(@UuidParam('id') id: string, @Res({ passthrough: true }) res: HeaderWriter) {
    const { lifecycle, version } = await this.reader.load(id);
    setETag(res, version);
    return lifecycleView(lifecycle);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of the lifecycle with who and when.' })
  async history(@UuidParam('id') id: string, @Res({ passthrough: true }) res: HeaderWriter) {
    const { version, events } = await this.reader.load(id);
    setETag(res, version);
    return historyView(id, events);
  }

  @Post(':id/gate-reviews')
  @HttpCode(201)
  @Roles('product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Open the review of the gate into the next stage.' })
  @ApiCreatedResponse({ description: 'The review; `Location` names it, `ETag` is the lifecycle version.' })
  async openGateReview(
    @UuidParam('id') id: string,
    @Body() body: OpenGateReviewBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    const { lifecycle, version } = await this.execute(
      { type: 'OpenGateReview', lifecycleId: id, toStage: body.toStage, actor: actor.subject, at: now() },
      ifMatch,
    );
    const review = openReviewOf(lifecycle)!;
    res.setHeader('Location', `/gate-reviews/${review.reviewId}`);
    setETag(res, version);
    return gateReviewView(lifecycle, review);
  }

  @Put(':id/business-case')
  @Roles('product_manager', 'admin')
  @ApiOperation({ summary: 'Submit or revise the business case (innovation or analysis).' })
  async submitBusinessCase(
    @UuidParam('id') id: string,
    @Body() body: BusinessCaseBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    const { expectedRevenue } = body;
    const { lifecycle, version } = await this.execute(
      {
        type: 'SubmitBusinessCase',
        lifecycleId: id,
        proposition: body.proposition,
        targetMarket: body.targetMarket,
        currency: body.currency,
        investment: body.investment,
        expectedRevenue: {
          year1: expectedRevenue.year1,
          year2: expectedRevenue.year2,
          year3: expectedRevenue.year3,
        },
        paybackMonths: body.paybackMonths,
        actor: actor.subject,
        at: now(),
      },
      ifMatch,
    );
    setETag(res, version);
    return lifecycleView(lifecycle);
  }

  @Post(':id/activities/:activityId/completion')
  @HttpCode(200)
  @Roles('contributor', 'product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Mark an activity of the current stage complete.' })
  async completeActivity(
    @UuidParam('id') id: string,
    @Param('activityId') activityId: string,
    @Body() body: ActivityCompletionBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    const { lifecycle, version } = await this.execute(
      {
        type: 'CompleteActivity',
        lifecycleId: id,
        activityId,
        note: body.note,
        actor: actor.subject,
        at: now(),
      },
      ifMatch,
      false,
    );
    setETag(res, version);
    return lifecycleView(lifecycle);
  }

  @Post(':id/advance')
  @HttpCode(200)
  @Roles('product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Enter the next stage directly, where the playbook gate needs no review.' })
  async advance(
    @UuidParam('id') id: string,
    @Body() body: AdvanceBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    const { lifecycle, version } = await this.execute(
      { type: 'AdvanceStage', lifecycleId: id, toStage: body.toStage, actor: actor.subject, at: now() },
      ifMatch,
    );
    setETag(res, version);
    return lifecycleView(lifecycle);
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @Roles('product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Announce the withdrawal of an in-life product: it enters end_of_life.' })
  async announceWithdrawal(
    @UuidParam('id') id: string,
    @Body() body: WithdrawalBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    const { lifecycle, version } = await this.execute(
      {
        type: 'AnnounceWithdrawal',
        lifecycleId: id,
        effectiveDate: body.effectiveDate,
        reason: body.reason,
        replacementProductId: body.replacementProductId,
        actor: actor.subject,
        at: now(),
      },
      ifMatch,
    );
    setETag(res, version);
    return lifecycleView(lifecycle);
  }

  @Post(':id/withdrawal/completion')
  @HttpCode(200)
  @Roles('product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Complete the announced withdrawal: withdrawn (ProductWithdrawn is published).' })
  async completeWithdrawal(
    @UuidParam('id') id: string,
    @Body() _body: WithdrawalCompletionBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: HeaderWriter,
  ) {
    const { lifecycle, version } = await this.execute(
      { type: 'CompleteWithdrawal', lifecycleId: id, actor: actor.subject, at: now() },
      ifMatch,
    );
    setETag(res, version);
    return lifecycleView(lifecycle);
  }

  /**
   * Runs a command on a lifecycle. Unless `stewardsOnly` is false (activities, which contributors complete
   * too), a product manager must be one of the product's stewards (the ownership rule).
   */
  private async execute(request: LifecycleRequest, ifMatch: IfMatchVersion | undefined, stewardsOnly = true) {
    if (stewardsOnly)
      await this.access.assertMayChange((await this.reader.load(request.lifecycleId)).lifecycle.productId);
    const outcome = await this.commands.run(lifecycleCommand, request, { expectedVersion: ifMatch });
    return { lifecycle: startedLifecycle(outcome), version: outcome.version };
  }
}

/** The keyset position a list cursor holds: (startedAt, lifecycleId) of the previous page's last row. */
function positionOf(cursor: string): { startedAt: string; lifecycleId: string } {
  const [startedAt, lifecycleId] = decodeCursor(cursor, [instantText, uuidText]);
  return { startedAt: startedAt!, lifecycleId: lifecycleId! };
}
