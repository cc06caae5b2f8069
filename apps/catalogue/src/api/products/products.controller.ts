import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CommandRunner,
  IfMatch,
  Idempotent,
  setETag,
  type IfMatchVersion,
} from '@product-ledger/nest-event-sourcing';
import {
  anyText,
  decodeCursor,
  defaultPageSize,
  encodeCursor,
  positiveInteger,
  isMine,
  Roles,
  UuidParam,
  uuidText,
  WriteProblems,
  type HeaderWriter,
} from '@product-ledger/service-kit';
import { assertMayChangeProductLine } from '@product-ledger/domain';
import { currentRequester, ProductAccess } from '@product-ledger/product-access';
import { randomUUID } from 'node:crypto';
import { productCommand, type ProductRequest } from '../../application/commands/product-command';
import { CatalogueReader } from '../../application/queries/catalogue-reader';
import { CatalogueStewards } from '../../application/queries/catalogue-stewards';
import type { RegisteredProduct } from '../../domain/product/product-state';
import {
  AddStakeholderBody,
  AssignOwnerBody,
  PlanVersionBody,
  RegisterProductBody,
  ReleaseVersionBody,
  RetireProductBody,
  ReviseProductBody,
} from './product.bodies';
import { rowToView, toProductView } from './product-view';
import {
  HistoryPage,
  ListProductsQuery,
  ProductHistoryQuery,
  ProductPage,
  ProductView,
  StakeholderPath,
} from './product.views';

const writers = ['product_manager', 'admin'] as const;
const writes = { roles: writers, rules: 'a catalogue rule is broken.' };
/** Changes to an existing product also answer 403 when the requester is not one of its stewards. */
const changes = { ...writes, notFound: true, owned: true } as const;

@ApiTags('products')
@Controller('products')
export class ProductsController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly reader: CatalogueReader,
    private readonly access: ProductAccess,
    private readonly stewards: CatalogueStewards,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...writers)
  @Idempotent()
  @ApiOperation({ summary: 'Register a product (its code must be unused)' })
  @ApiCreatedResponse({ type: ProductView, description: 'Registered; `Location` and `ETag` are set.' })
  @WriteProblems({ ...writes, conflict: 'The code is already registered.' })
  async register(
    @Body() body: RegisterProductBody,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    const productId = randomUUID();
    const outcome = await this.execute(
      {
        type: 'RegisterProduct',
        productId,
        code: body.code,
        name: body.name,
        description: body.description ?? '',
        productLineId: body.productLineId,
        kind: body.kind,
        market: body.market,
        ownerId: body.ownerId,
        ...(body.initialStage ? { initialStage: body.initialStage } : {}),
      },
      undefined,
      res,
    );
    res.setHeader('Location', `/products/${productId}`);
    return outcome;
  }

  @Get()
  @ApiOperation({ summary: 'List products by code (read model), filtered by line, owner, text and status' })
  @ApiOkResponse({ type: ProductPage })
  async list(@Query() query: ListProductsQuery): Promise<ProductPage> {
    const limit = query.limit ?? defaultPageSize;
    const after = query.cursor
      ? (decodeCursor(query.cursor, [anyText, uuidText]) as [string, string])
      : undefined;
    const rows = await this.reader.products({
      lineId: query.lineId,
      ownerId: query.ownerId,
      ...(isMine(query.mine) ? { mine: currentRequester().subject } : {}),
      status: query.status,
      text: query.q,
      after,
      limit,
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(rowToView),
      ...(rows.length > limit && last ? { nextCursor: encodeCursor([last.code, last.productId]) } : {}),
    };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One product, as of its latest event' })
  @ApiOkResponse({ type: ProductView, description: '`ETag` is set.' })
  @ApiNotFoundResponse({ description: 'Unknown product.' })
  async get(
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    const { state, version } = await this.reader.product(id);
    setETag(res, version);
    return toProductView(state, version, await this.reader.productLineName(state.productLineId));
  }

  @Patch(':id')
  @Roles(...writers)
  @ApiOperation({ summary: 'Rename, describe or move a product to another line (If-Match honoured)' })
  @ApiOkResponse({ type: ProductView })
  @WriteProblems(changes)
  revise(
    @UuidParam('id') id: string,
    @Body() body: ReviseProductBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    return this.execute(
      {
        type: 'ReviseProduct',
        productId: id,
        name: body.name,
        description: body.description,
        productLineId: body.productLineId,
      },
      ifMatch,
      res,
    );
  }

  @Put(':id/owner')
  @Roles(...writers)
  @ApiOperation({ summary: 'Assign the accountable owner (If-Match honoured)' })
  @ApiOkResponse({ type: ProductView })
  @WriteProblems(changes)
  assignOwner(
    @UuidParam('id') id: string,
    @Body() body: AssignOwnerBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    return this.execute({ type: 'AssignProductOwner', productId: id, ownerId: body.ownerId }, ifMatch, res);
  }

  @Post(':id/stakeholders')
  @HttpCode(201)
  @Roles(...writers)
  @Idempotent()
  @ApiOperation({ summary: 'Add a stakeholder (person + role) (If-Match honoured)' })
  @ApiCreatedResponse({ type: ProductView })
  @WriteProblems(changes)
  async addStakeholder(
    @UuidParam('id') id: string,
    @Body() body: AddStakeholderBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    const view = await this.execute(
      { type: 'AddStakeholder', productId: id, personId: body.personId, role: body.role },
      ifMatch,
      res,
    );
    res.setHeader(
      'Location',
      `/products/${id}/stakeholders/${encodeURIComponent(body.personId)}/${body.role}`,
    );
    return view;
  }

  @Delete(':id/stakeholders/:personId/:role')
  @Roles(...writers)
  @ApiOperation({ summary: 'Remove a stakeholder in one role (If-Match honoured)' })
  @ApiOkResponse({ type: ProductView })
  @WriteProblems(changes)
  removeStakeholder(
    @Param() path: StakeholderPath,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    return this.execute(
      { type: 'RemoveStakeholder', productId: path.id, personId: path.personId, role: path.role },
      ifMatch,
      res,
    );
  }

  @Post(':id/versions')
  @HttpCode(201)
  @Roles(...writers)
  @Idempotent()
  @ApiOperation({ summary: 'Plan a version (semver, used once) (If-Match honoured)' })
  @ApiCreatedResponse({ type: ProductView })
  @WriteProblems(changes)
  async planVersion(
    @UuidParam('id') id: string,
    @Body() body: PlanVersionBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    const view = await this.execute(
      {
        type: 'PlanVersion',
        productId: id,
        version: body.version,
        targetDate: body.targetDate,
        scope: body.scope,
      },
      ifMatch,
      res,
    );
    res.setHeader('Location', `/products/${id}/versions/${encodeURIComponent(body.version)}`);
    return view;
  }

  @Post(':id/versions/:version/release')
  @HttpCode(200)
  @Roles(...writers)
  @Idempotent()
  @ApiOperation({ summary: 'Release a planned version (If-Match honoured)' })
  @ApiOkResponse({ type: ProductView })
  @WriteProblems(changes)
  releaseVersion(
    @UuidParam('id') id: string,
    @Param('version') version: string,
    @Body() body: ReleaseVersionBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    const releasedAt = (body.releasedAt ? new Date(body.releasedAt) : new Date()).toISOString();
    return this.execute({ type: 'ReleaseVersion', productId: id, version, releasedAt }, ifMatch, res);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles(...writers)
  @Idempotent()
  @ApiOperation({ summary: 'Retire a product: it takes no more changes (If-Match honoured)' })
  @ApiOkResponse({ type: ProductView })
  @WriteProblems(changes)
  retire(
    @UuidParam('id') id: string,
    @Body() body: RetireProductBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductView> {
    return this.execute({ type: 'RetireProduct', productId: id, reason: body.reason }, ifMatch, res);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of a product: who, when, what (oldest first)' })
  @ApiOkResponse({ type: HistoryPage })
  @ApiNotFoundResponse({ description: 'Unknown product.' })
  async history(@UuidParam('id') id: string, @Query() query: ProductHistoryQuery): Promise<HistoryPage> {
    const limit = query.limit ?? defaultPageSize;
    const after = query.cursor ? Number(decodeCursor(query.cursor, [positiveInteger])[0]) : 0;
    const { events, more } = await this.reader.productHistory(id, after, limit);
    const items = events.map((event) => ({
      revision: event.streamVersion,
      type: event.type,
      data: event.data,
      ...(typeof event.metadata.actor === 'string' ? { actor: event.metadata.actor } : {}),
      recordedAt: event.recordedAt.toISOString(),
      eventId: event.eventId,
      ...(typeof event.metadata.correlationId === 'string'
        ? { correlationId: event.metadata.correlationId }
        : {}),
    }));
    const last = items[items.length - 1];
    return { items, ...(more && last ? { nextCursor: encodeCursor([String(last.revision)]) } : {}) };
  }

  private async execute(
    request: ProductRequest,
    ifMatch: IfMatchVersion | undefined,
    res: HeaderWriter,
  ): Promise<ProductView> {
    // Registering makes a product; every other command changes one, which takes one of its stewards.
    if (request.type !== 'RegisterProduct') await this.access.assertMayChange(request.productId);
    // Moving it into another line makes that line's owner a steward: it takes the right to change that line.
    if (request.type === 'ReviseProduct' && request.productLineId !== undefined) {
      const target = await this.stewards.line(request.productLineId);
      if (target) assertMayChangeProductLine(currentRequester(), request.productLineId, target.ownerId);
    }
    const outcome = await this.commands.run(productCommand, request, { expectedVersion: ifMatch });
    // Every command that succeeded left a registered product behind (else the decider refused it).
    const product = outcome.state as RegisteredProduct;
    setETag(res, outcome.version);
    return toProductView(product, outcome.version, await this.reader.productLineName(product.productLineId));
  }
}
