import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { PG_POOL, problem, Roles } from '@product-ledger/service-kit';
import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import { csvRows } from '../../application/facts/csv-rows';
import { UnreadableIngestInput } from '../../application/facts/fact-row';
import { ingestFactRows, TooManyFacts } from '../../application/facts/ingest-fact-rows';
import { jsonArrayRows } from '../../application/facts/json-array-rows';
import type { IngestSummary } from '../../domain/facts/ingest-summary';
import { MAX_FACTS_PER_REQUEST } from '../../domain/facts/ingest-limits';
import { factsContentTypeOf } from './facts-body-streaming';
import { FactBody, IngestSummaryResponse } from './ingest-summary.response';

@ApiTags('facts')
@ApiBearerAuth()
@ApiExtraModels(FactBody)
@Controller('facts')
export class FactsController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Post()
  @HttpCode(200)
  @Roles('integration', 'admin')
  @ApiOperation({
    summary: 'Ingest in-life facts',
    description:
      `A JSON array of facts or CSV (header: productId,version,metric,period,value,unit,source,externalId), up to ` +
      `${MAX_FACTS_PER_REQUEST} rows, read as it streams in. (source, externalId) makes ingest idempotent: the same ` +
      'fact again is a duplicate, a changed one a correction (the old one is kept as history). Valid rows are stored ' +
      'in one transaction; each invalid row is reported with its line and reason, and nothing of it is written. ' +
      'Idempotent by design: a retried request only finds duplicates (no Idempotency-Key needed).',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'array', items: { $ref: getSchemaPath(FactBody) }, maxItems: MAX_FACTS_PER_REQUEST },
        { type: 'string', description: 'CSV with a header line' },
      ],
    },
  })
  @ApiOkResponse({ type: IngestSummaryResponse })
  async ingest(@Req() request: IncomingMessage): Promise<IngestSummary> {
    const type = factsContentTypeOf(request).split(';')[0]!.trim().toLowerCase();
    const rows =
      type === 'text/csv'
        ? csvRows(request)
        : type === 'application/json'
          ? // Not destroyed when reading stops early: the answer (400, 413) still has to go out on this socket.
            jsonArrayRows(request.iterator({ destroyOnReturn: false }))
          : problem(415, 'Unsupported Media Type', 'send facts as application/json (an array) or text/csv');
    try {
      return await ingestFactRows(this.pool, rows, 'http');
    } catch (error) {
      // The client may still be sending: stop reading, the answer is already decided.
      request.resume();
      if (error instanceof UnreadableIngestInput) problem(400, 'Bad Request', error.message);
      if (error instanceof TooManyFacts)
        problem(413, 'Content Too Large', error.message, { limit: error.limit });
      throw error;
    }
  }
}
