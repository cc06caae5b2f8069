import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { assertMayChangeProductLine } from '@product-ledger/domain';
import type { CommandOutcome } from '@product-ledger/event-store';
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
  isMine,
  Roles,
  UuidParam,
  uuidText,
  WriteProblems,
  type HeaderWriter,
} from '@product-ledger/service-kit';
import { currentRequester } from '@product-ledger/product-access';
import { randomUUID } from 'node:crypto';
import { productLineCommand, type ProductLineRequest } from '../../application/commands/product-line-command';
import { withoutMissingOwner } from '../../projections/product-line-queries';
import { CatalogueReader } from '../../application/queries/catalogue-reader';
import type { ProductLineState } from '../../domain/product-line/product-line-state';
import {
  ArchiveProductLineBody,
  AssignProductLineOwnerBody,
  CreateProductLineBody,
  ReviseProductLineBody,
} from './product-line.bodies';
import { toProductLineView } from './product-line-view';
import { ListProductLinesQuery, ProductLinePage, ProductLineView } from './product-line.views';

const writes = { roles: ['product_manager', 'admin'], rules: 'a catalogue rule is broken.' };
const lineChanges = {
  ...writes,
  notFound: true,
  forbidden:
    'A product_manager changes a line only as its owner (`urn:product-ledger:problem:not-product-line-owner`).',
} as const;

@ApiTags('product lines')
@Controller('product-lines')
export class ProductLinesController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly reader: CatalogueReader,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Create a product line' })
  @ApiCreatedResponse({ type: ProductLineView, description: 'Created; `Location` and `ETag` are set.' })
  @WriteProblems(writes)
  async create(
    @Body() body: CreateProductLineBody,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductLineView> {
    const productLineId = randomUUID();
    const outcome = await this.commands.run(productLineCommand, {
      type: 'CreateProductLine',
      productLineId,
      name: body.name,
      description: body.description ?? '',
      ownerId: body.ownerId ?? currentRequester().subject,
    });
    res.setHeader('Location', `/product-lines/${productLineId}`);
    return answer(outcome, res);
  }

  @Get()
  @ApiOperation({ summary: 'List product lines by name (read model)' })
  @ApiOkResponse({ type: ProductLinePage })
  async list(@Query() query: ListProductLinesQuery): Promise<ProductLinePage> {
    const limit = query.limit ?? defaultPageSize;
    const after = query.cursor
      ? (decodeCursor(query.cursor, [anyText, uuidText]) as [string, string])
      : undefined;
    const rows = await this.reader.productLines({
      status: query.status,
      ...(isMine(query.mine) ? { mine: currentRequester().subject } : {}),
      after,
      limit,
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(withoutMissingOwner),
      ...(rows.length > limit && last ? { nextCursor: encodeCursor([last.name, last.productLineId]) } : {}),
    };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One product line, as of its latest event' })
  @ApiOkResponse({ type: ProductLineView, description: '`ETag` is set.' })
  @ApiNotFoundResponse({ description: 'Unknown product line.' })
  async get(
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductLineView> {
    const { state, version } = await this.reader.productLine(id);
    setETag(res, version);
    return toProductLineView(state, version);
  }

  @Patch(':id')
  @Roles('product_manager', 'admin')
  @ApiOperation({ summary: 'Rename or describe a product line (If-Match honoured)' })
  @ApiOkResponse({ type: ProductLineView })
  @WriteProblems(lineChanges)
  revise(
    @UuidParam('id') id: string,
    @Body() body: ReviseProductLineBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductLineView> {
    return this.change(
      { type: 'ReviseProductLine', productLineId: id, name: body.name, description: body.description },
      ifMatch,
      res,
    );
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('product_manager', 'admin')
  @Idempotent()
  @ApiOperation({ summary: 'Archive a product line that holds no active product (If-Match honoured)' })
  @ApiOkResponse({ type: ProductLineView })
  @WriteProblems(lineChanges)
  archive(
    @UuidParam('id') id: string,
    @Body() _body: ArchiveProductLineBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductLineView> {
    return this.change({ type: 'ArchiveProductLine', productLineId: id }, ifMatch, res);
  }

  @Put(':id/owner')
  @Roles('product_manager', 'admin')
  @ApiOperation({
    summary: "Assign the line's owner, who may change the line and every product in it (If-Match honoured)",
  })
  @ApiOkResponse({ type: ProductLineView })
  @WriteProblems(lineChanges)
  assignOwner(
    @UuidParam('id') id: string,
    @Body() body: AssignProductLineOwnerBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) res: HeaderWriter,
  ): Promise<ProductLineView> {
    return this.change(
      { type: 'AssignProductLineOwner', productLineId: id, ownerId: body.ownerId },
      ifMatch,
      res,
    );
  }

  /**
   * A change to an existing line: 404 for an unknown line; else only `admin` or the line's owner (403
   * not-product-line-owner) runs the command.
   */
  private async change(
    request: Exclude<ProductLineRequest, { type: 'CreateProductLine' }>,
    ifMatch: IfMatchVersion | undefined,
    res: HeaderWriter,
  ): Promise<ProductLineView> {
    const { state } = await this.reader.productLine(request.productLineId);
    assertMayChangeProductLine(currentRequester(), request.productLineId, state.ownerId);
    return answer(await this.commands.run(productLineCommand, request, { expectedVersion: ifMatch }), res);
  }
}

function answer(outcome: CommandOutcome<ProductLineState>, res: HeaderWriter): ProductLineView {
  // Every command that succeeded left an existing line behind (else the decider refused it).
  const line = outcome.state as Extract<ProductLineState, { exists: true }>;
  setETag(res, outcome.version);
  return toProductLineView(line, outcome.version);
}
