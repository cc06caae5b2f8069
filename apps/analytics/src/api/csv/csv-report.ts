import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiProduces } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { map, type Observable } from 'rxjs';
import { toCsv, type CsvCell } from './to-csv';

export interface CsvReportSpec<Body> {
  /** File name offered to the client, without `.csv`. */
  readonly name: string;
  readonly columns: readonly string[];
  rows(body: Body): Readonly<Record<string, CsvCell>>[];
}

const CSV_REPORT = Symbol('csv report');

/**
 * Reports answer JSON, or CSV when the client asks for it (`Accept: text/csv`), e.g. to open in a
 * spreadsheet. The handler returns its JSON body; `spec.rows` flattens it into the CSV rows.
 */
export function CsvReport<Body>(spec: CsvReportSpec<Body>): MethodDecorator {
  return applyDecorators(
    SetMetadata(CSV_REPORT, spec),
    UseInterceptors(CsvNegotiation),
    ApiProduces('application/json', 'text/csv'),
  );
}

type AcceptingRequest = IncomingMessage & { accepts(types: string[]): string | false };
type TypedResponse = { type(contentType: string): unknown; setHeader(name: string, value: string): unknown };

@Injectable()
export class CsvNegotiation implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<CsvReportSpec<unknown> | undefined>(CSV_REPORT, context.getHandler());
    const request = context.switchToHttp().getRequest<AcceptingRequest>();
    if (!spec || request.accepts(['application/json', 'text/csv']) !== 'text/csv') return next.handle();
    const response = context.switchToHttp().getResponse<TypedResponse>();
    return next.handle().pipe(
      map((body) => {
        response.type('text/csv; charset=utf-8');
        response.setHeader('Content-Disposition', `inline; filename="${spec.name}.csv"`);
        return toCsv(spec.columns, spec.rows(body));
      }),
    );
  }
}
