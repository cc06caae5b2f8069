import { Controller, HttpCode, Inject, Logger, Post, Req, Res } from '@nestjs/common';
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
import { PG_POOL, problem, Roles, SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { csvRows } from '../../application/facts/csv-rows';
import {
  IngestBodyTooLarge,
  IngestRecordTooLarge,
  UnreadableIngestInput,
} from '../../application/facts/fact-row';
import { IngestCutOff, ingestFactRows, TooManyFacts } from '../../application/facts/ingest-fact-rows';
import { jsonArrayRows } from '../../application/facts/json-array-rows';
import type { AnalyticsConfig } from '../../config';
import type { IngestSummary } from '../../domain/facts/ingest-summary';
import { MAX_FACTS_PER_REQUEST } from '../../domain/facts/ingest-limits';
import { factsContentTypeOf } from './facts-body-streaming';
import { FactBody, IngestSummaryResponse } from './ingest-summary.response';
import { closeAfterAnswer, uploadBody } from './upload-body';

@ApiTags('facts')
@ApiBearerAuth()
@ApiExtraModels(FactBody)
@Controller('facts')
export class FactsController {
  private readonly logger = new Logger(FactsController.name);

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(SERVICE_CONFIG) private readonly config: AnalyticsConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('integration', 'admin')
  @ApiOperation({
    summary: 'Ingest in-life facts',
    description:
      `A JSON array of facts or CSV (header: productId,version,metric,period,value,unit,source,externalId), up to ` +
      `${MAX_FACTS_PER_REQUEST} rows and INGEST_MAX_BYTES (default 64 MB), each row at most INGEST_MAX_RECORD_BYTES ` +
      '(default 64 kB), read as it streams in. (source, externalId) makes ingest idempotent: the same ' +
      'fact again is a duplicate, a changed one a correction (the old one is kept as history). Each invalid row is ' +
      'reported with its line and reason, and nothing of it is written. While the body arrives, valid rows are ' +
      'staged; once it is complete they are applied in chunks, each chunk in its own transaction (`chunks` in the ' +
      'answer). A refused body (400, 413) writes nothing. A body not complete within INGEST_BODY_TIMEOUT_MS is ' +
      'cut off with 408: the rows read until then are applied and the answer says up to which line ' +
      '(`lastLine`, `applied`); resending the whole file is safe. Idempotent by design: a retried request only ' +
      'finds duplicates (no Idempotency-Key needed).',
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
  async ingest(
    @Req() request: IncomingMessage,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<IngestSummary> {
    const type = factsContentTypeOf(request).split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/csv' && type !== 'application/json') {
      closeAfterAnswer(request, response);
      problem(415, 'Unsupported Media Type', 'send facts as application/json (an array) or text/csv');
    }
    const body = uploadBody(request, {
      maxBytes: this.config.INGEST_MAX_BYTES,
      timeoutMs: this.config.INGEST_BODY_TIMEOUT_MS,
    });
    const maxRecordLength = this.config.INGEST_MAX_RECORD_BYTES;
    const rows =
      type === 'text/csv' ? csvRows(body, { maxRecordLength }) : jsonArrayRows(body, { maxRecordLength });
    try {
      return await ingestFactRows(this.pool, rows, 'http');
    } catch (error) {
      // The client may still be sending: the answer is already decided.
      closeAfterAnswer(request, response);
      body.destroy();
      this.fail(error);
    }
  }

  /** Throws the answer to a failed upload: problem+json for what the client can act on. */
  private fail(error: unknown): never {
    if (error instanceof UnreadableIngestInput) problem(400, 'Bad Request', error.message);
    if (error instanceof TooManyFacts)
      problem(413, 'Content Too Large', error.message, { limit: error.limit });
    if (error instanceof IngestBodyTooLarge)
      problem(413, 'Content Too Large', error.message, { limitBytes: error.limit });
    if (error instanceof IngestRecordTooLarge)
      problem(413, 'Content Too Large', error.message, { line: error.line, limitBytes: error.limit });
    if (error instanceof IngestCutOff) {
      // When the client went away nobody reads the answer: the log says what was applied.
      this.logger.warn(
        { reason: error.interruption.reason, lastLine: error.lastLine, applied: error.applied },
        `upload cut off: ${error.message}`,
      );
      problem(408, 'Request Timeout', error.message, { lastLine: error.lastLine, applied: error.applied });
    }
    throw error;
  }
}
