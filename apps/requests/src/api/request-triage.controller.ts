import { Body, Controller, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandRunner, IfMatch, Idempotent, type IfMatchVersion } from '@product-ledger/nest-event-sourcing';
import {
  CommercialFields,
  CurrentActor,
  Roles,
  UuidParam,
  WriteProblems,
  type Actor,
} from '@product-ledger/service-kit';
import { mergeRequests } from '../application/commands/merge-requests';
import { requestCommand, type RequestInput } from '../application/commands/request-command';
import { RequestAccess } from '../application/policies/request-access';
import { DecideRequestBody } from './bodies/decide-request.body';
import { MergeRequestBody } from './bodies/merge-request.body';
import { ScoreRequestBody } from './bodies/score-request.body';
import { decisionRoles, requestCommercialFields, triageRoles } from './request-roles';
import { now } from './requests.controller';
import { respond, type ResponseWriter } from './respond';
import { RequestView } from './views/request.view';

/**
 * Product management's judgement on requests: merging duplicates, scoring, deciding. A product manager
 * does it for the requests of the products they steward (the ownership rule, `RequestAccess`).
 */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
@CommercialFields(...requestCommercialFields)
export class RequestTriageController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly access: RequestAccess,
  ) {}

  @Post(':id/merge')
  @HttpCode(200)
  @Roles(...triageRoles)
  @Idempotent()
  @ApiOperation({
    summary: 'Merge this duplicate into a primary request',
    description:
      'The duplicate closes as merged; its accounts and requesters move to the primary, each account counted once.',
  })
  @ApiOkResponse({ type: RequestView, description: 'The duplicate, now merged (its ETag is set).' })
  @WriteProblems({
    roles: triageRoles,
    owned: true,
    rules:
      'request.merge_into_itself, request.merge_into_closed, request.merge_target_unknown, request.merge_across_products, request.closed',
  })
  async merge(
    @UuidParam('id') id: string,
    @Body() body: MergeRequestBody,
    @CurrentActor() actor: Actor,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    await this.access.assertMayTriage(id);
    await this.access.assertMayTriage(body.intoRequestId, { unknownIsFine: true });
    const input = {
      duplicateRequestId: id,
      intoRequestId: body.intoRequestId,
      mergedBy: actor.subject,
      at: now(),
    };
    const { duplicate } = await this.commands.inTransaction((tx) => mergeRequests(tx, input, ifMatch), {
      retryOnConflict: ifMatch === undefined,
    });
    return respond(duplicate, res);
  }

  @Put(':id/score')
  @Roles(...triageRoles)
  @ApiOperation({ summary: 'Score a request: RICE (reach, impact, confidence, effort) and strategic fit' })
  @ApiOkResponse({ type: RequestView })
  @WriteProblems({ roles: triageRoles, owned: true, rules: 'request.closed' })
  async score(
    @UuidParam('id') id: string,
    @Body() body: ScoreRequestBody,
    @CurrentActor() actor: Actor,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    const { reach, impact, confidence, effort, strategicFit } = body;
    await this.access.assertMayTriage(id);
    return this.execute(
      {
        type: 'ScoreRequest',
        requestId: id,
        at: now(),
        reach,
        impact,
        confidence,
        effort,
        strategicFit,
        scoredBy: actor.subject,
      },
      ifMatch,
      res,
    );
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles(...decisionRoles)
  @Idempotent()
  @ApiOperation({
    summary: 'Decide: accept for a planned version, decline with a reason, or defer until a date',
    description: 'Accepting a RHiNO (one account, a deal above REQUESTS_RHINO_THRESHOLD) needs a rationale.',
  })
  @ApiOkResponse({ type: RequestView })
  @WriteProblems({
    roles: decisionRoles,
    owned: true,
    rules:
      'request.rhino_rationale_required, request.product_required, request.version_already_released, ' +
      'request.defer_until_not_future, product.retired, product.withdrawn, request.closed',
  })
  async decide(
    @UuidParam('id') id: string,
    @Body() body: DecideRequestBody,
    @CurrentActor() actor: Actor,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    await this.access.assertMayTriage(id);
    const common = { requestId: id, at: now(), decidedBy: actor.subject };
    const input: RequestInput =
      body.outcome === 'accept'
        ? {
            type: 'AcceptRequest',
            ...common,
            plannedVersion: body.plannedVersion!,
            ...(body.rationale === undefined ? {} : { rationale: body.rationale }),
          }
        : body.outcome === 'decline'
          ? { type: 'DeclineRequest', ...common, reason: body.reason! }
          : {
              type: 'DeferRequest',
              ...common,
              until: body.until!,
              ...(body.reason === undefined ? {} : { reason: body.reason }),
            };
    return this.execute(input, ifMatch, res);
  }

  private async execute(
    input: RequestInput,
    ifMatch: IfMatchVersion | undefined,
    res: ResponseWriter,
  ): Promise<RequestView> {
    return respond(await this.commands.run(requestCommand, input, { expectedVersion: ifMatch }), res);
  }
}
