import { Injectable, NestMiddleware } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response, NextFunction } from '../http/express-types';
import { requestContext } from './request-context';
import { ensureRequestId } from './request-id';
import { parseTraceparent } from '@product-ledger/contracts';
import { activeTraceparent } from './traceparent';

/** Runs the rest of the request inside its `RequestContext` (the auth guard adds the actor). */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    requestContext.run(
      {
        correlationId: ensureRequestId(request, response),
        // The caller's header only when it is a valid W3C traceparent: it ends up in event metadata.
        traceparent: activeTraceparent() ?? parseTraceparent(request.headers['traceparent']),
      },
      next,
    );
  }
}
