import { Injectable, NestMiddleware } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response, NextFunction } from '../http/express-types';
import { requestContext } from './request-context';
import { ensureRequestId } from './request-id';
import { activeTraceparent } from './traceparent';

/** Runs the rest of the request inside its `RequestContext` (the auth guard adds the actor). */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const incoming = request.headers['traceparent'];
    requestContext.run(
      {
        correlationId: ensureRequestId(request, response),
        traceparent: activeTraceparent() ?? (typeof incoming === 'string' ? incoming : undefined),
      },
      next,
    );
  }
}
