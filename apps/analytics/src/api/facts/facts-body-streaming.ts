import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';

const factsContentType = Symbol('facts content type');

type FactsRequest = IncomingMessage & { [factsContentType]?: string };

/**
 * `POST /facts` reads its body as a stream (up to 50,000 rows, never held whole), but the app's JSON body
 * parser would read a JSON body into memory first, with its 100 kB limit. Registered while the app is being
 * created, this runs before the parsers Nest adds at start-up: for `POST /facts` it sets the content type
 * aside, so no parser claims the body, and the controller reads the original from `factsContentTypeOf`.
 */
@Injectable()
export class FactsBodyStreaming {
  constructor(host: HttpAdapterHost) {
    host.httpAdapter.use((request: FactsRequest, _response: unknown, next: () => void) => {
      if (request.method === 'POST' && request.url?.split('?')[0]?.replace(/\/+$/, '') === '/facts') {
        request[factsContentType] = request.headers['content-type'] ?? '';
        request.headers['content-type'] = 'application/x-product-ledger-streamed-facts';
      }
      next();
    });
  }
}

/** The content type the client sent with `POST /facts`. */
export function factsContentTypeOf(request: IncomingMessage): string {
  return (request as FactsRequest)[factsContentType] ?? request.headers['content-type'] ?? '';
}
