import { Body, Controller, Get, HttpCode, Inject, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { CommandOutcome } from '@product-ledger/event-store';
import {
  CommandRunner,
  IfMatch,
  Idempotent,
  setETag,
  type IfMatchVersion,
} from '@product-ledger/nest-event-sourcing';
import {
  assertMayOrderByCommercialData,
  badCursor,
  CommercialFields,
  commercialRoles,
  CurrentActor,
  encodeCursor,
  isMine,
  Roles,
  SERVICE_CONFIG,
  UuidParam,
  WriteProblems,
  type Actor,
} from '@product-ledger/service-kit';
import { currentRequester } from '@product-ledger/product-access';
import { randomUUID } from 'node:crypto';
import { requestCommand, type RequestInput } from '../application/commands/request-command';
import { RequestAccess } from '../application/policies/request-access';
import { RequestReader } from '../application/queries/request-reader';
import type { RequestsConfig } from '../config';
import { priorityWeights } from '../domain/ranking/priority-weights';
import type { RequestState } from '../domain/request/request-state';
import { EndorseRequestBody } from './bodies/endorse-request.body';
import { LinkProductBody } from './bodies/link-product.body';
import { ListRequestsQuery } from './bodies/list-requests.query';
import { RankingQuery } from './bodies/ranking.query';
import { SubmitRequestBody } from './bodies/submit-request.body';
import { intakeRoles, requestCommercialFields } from './request-roles';
import { requestHistoryView, RequestHistoryView } from './views/request-history.view';
import { RequestListPage } from './views/request-list.view';
import { requestView, RequestView } from './views/request.view';
import { RankingView } from './views/ranking.view';
import { foreignCursor, positionOf } from './request-list-cursor';
import { respond, type ResponseWriter } from './respond';

const defaultPageSize = 20;

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
@CommercialFields(...requestCommercialFields)
export class RequestsController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly reader: RequestReader,
    private readonly access: RequestAccess,
    @Inject(SERVICE_CONFIG) private readonly config: RequestsConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...intakeRoles)
  @Idempotent()
  @ApiOperation({
    summary: 'Submit a request (from Sales, a customer, support, a partner, an internal team or the market)',
  })
  @ApiCreatedResponse({ type: RequestView, description: 'Submitted; `Location` and `ETag` are set.' })
  @WriteProblems({
    roles: intakeRoles,
    owned: true,
    rules: 'product.unknown, product.retired, product.withdrawn',
    notFound: false,
  })
  async submit(
    @Body() body: SubmitRequestBody,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    const requestId = randomUUID();
    const outcome = await this.execute(
      {
        type: 'SubmitRequest',
        requestId,
        at: now(),
        title: body.title,
        description: body.description ?? '',
        source: body.source,
        ...(body.productId === undefined ? {} : { productId: body.productId }),
        requester: body.requester ?? actor.subject,
        accounts: (body.accounts ?? []).map(({ accountId, name, revenue }) => ({ accountId, name, revenue })),
        dealValue: body.dealValue ?? 0,
        rhinoThreshold: this.config.REQUESTS_RHINO_THRESHOLD,
        submittedBy: actor.subject,
      },
      undefined,
      res,
    );
    res.setHeader('Location', `/requests/${requestId}`);
    return outcome;
  }

  @Get()
  @ApiOperation({ summary: 'List requests (read model), filtered, by priority, demand or most recent first' })
  @ApiOkResponse({ type: RequestListPage })
  async list(@Query() query: ListRequestsQuery, @CurrentActor() actor: Actor): Promise<RequestListPage> {
    const sort = query.sort ?? 'recent';
    // Priority weighs revenue-weighted demand: ordering by either would tell what the fields hide.
    if (sort !== 'recent') assertMayOrderByCommercialData(actor, `sort=${sort}`);
    const limit = query.limit ?? defaultPageSize;
    const after = query.cursor === undefined ? undefined : positionOf(query.cursor, sort);
    const filter = {
      productId: query.productId,
      status: query.status,
      source: query.source,
      rhino: query.rhino === undefined ? undefined : query.rhino === 'true',
      ...(isMine(query.mine) ? { mine: currentRequester().subject } : {}),
    };
    const page = await this.reader.list(filter, sort, limit, after).catch((error: unknown) => {
      // A cursor that decodes but names a key PostgreSQL cannot read (a forged date) is the client's mistake.
      if (after && String((error as { code?: unknown }).code ?? '').startsWith('22'))
        badCursor(foreignCursor);
      throw error;
    });
    return {
      items: page.rows,
      ...(page.last ? { nextCursor: encodeCursor([sort, page.last.key, page.last.requestId]) } : {}),
    };
  }

  // Declared before `:id` so that `ranking` is never taken for a request id.
  @Get('ranking')
  // Ordered by a priority that weighs revenue: its order and parts would tell the demand.
  @Roles(...commercialRoles)
  @ApiOperation({
    summary: "Rank a product's open, deferred and accepted requests",
    description:
      `Priority (0-100) = RICE share of the product's best × ${priorityWeights.rice} + revenue-weighted demand ` +
      `share of the product's best × ${priorityWeights.demand} + strategic fit ÷ 5 × ${priorityWeights.strategicFit}; ` +
      'every part is shown, with a sentence a product manager can read out to Sales.',
  })
  @ApiOkResponse({ type: RankingView })
  async ranking(@Query() query: RankingQuery): Promise<RankingView> {
    const ranking = await this.reader.ranking(query.productId);
    return { product: ranking.product, weights: priorityWeights, items: ranking.entries };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A request as its events tell it (consistent right after a write); ETag = its version',
  })
  @ApiOkResponse({ type: RequestView })
  @ApiNotFoundResponse({ description: 'Unknown request id.' })
  async get(
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    const { state, version } = await this.reader.request(id);
    setETag(res, version);
    return requestView(state, version);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of a request: what happened, when, and who did it' })
  @ApiOkResponse({ type: RequestHistoryView })
  @ApiNotFoundResponse({ description: 'Unknown request id.' })
  async history(@UuidParam('id') id: string): Promise<RequestHistoryView> {
    return requestHistoryView(id, await this.reader.history(id));
  }

  @Put(':id/product')
  @Roles(...intakeRoles)
  @ApiOperation({ summary: 'Link a request to a product of the catalogue (not retired, not withdrawn)' })
  @ApiOkResponse({ type: RequestView })
  @WriteProblems({
    roles: intakeRoles,
    owned: true,
    rules:
      'product.unknown, product.retired, product.withdrawn, request.product_locked_by_plan, request.closed',
  })
  async linkToProduct(
    @UuidParam('id') id: string,
    @Body() body: LinkProductBody,
    @CurrentActor() actor: Actor,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    // Intake roles link freely; a product manager only between products they steward.
    await this.access.assertMayTriage(id, {
      alsoProduct: body.productId,
      openTo: ['sales', 'contributor', 'integration'],
    });
    return this.execute(
      {
        type: 'LinkRequestToProduct',
        requestId: id,
        at: now(),
        productId: body.productId,
        linkedBy: actor.subject,
      },
      ifMatch,
      res,
    );
  }

  @Post(':id/endorsements')
  @Roles(...intakeRoles)
  @Idempotent()
  @ApiOperation({
    summary:
      'Another account wants it too (an account already behind the request counts once: 200, nothing recorded)',
  })
  @ApiCreatedResponse({ type: RequestView, description: 'The endorsement was recorded.' })
  @ApiOkResponse({
    type: RequestView,
    description: 'The account already wants the request; nothing was recorded.',
  })
  @WriteProblems({ roles: intakeRoles, rules: 'request.closed' })
  async endorse(
    @UuidParam('id') id: string,
    @Body() body: EndorseRequestBody,
    @CurrentActor() actor: Actor,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: ResponseWriter,
  ): Promise<RequestView> {
    const { accountId, name, revenue } = body.account;
    const outcome = await this.run(
      {
        type: 'EndorseRequest',
        requestId: id,
        at: now(),
        account: { accountId, name, revenue },
        ...(body.note === undefined ? {} : { note: body.note }),
        endorsedBy: actor.subject,
      },
      ifMatch,
    );
    res.status(outcome.events.length > 0 ? 201 : 200);
    return respond(outcome, res);
  }

  private run(
    input: RequestInput,
    ifMatch: IfMatchVersion | undefined,
  ): Promise<CommandOutcome<RequestState>> {
    return this.commands.run(requestCommand, input, { expectedVersion: ifMatch });
  }

  private async execute(
    input: RequestInput,
    ifMatch: IfMatchVersion | undefined,
    res: ResponseWriter,
  ): Promise<RequestView> {
    return respond(await this.run(input, ifMatch), res);
  }
}

export function now(): string {
  return new Date().toISOString();
}
