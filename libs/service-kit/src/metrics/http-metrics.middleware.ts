import { Injectable, NestMiddleware } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response, NextFunction } from '../http/express-types';
import { httpRequestDuration } from './metrics-registry';

/** Times every request; the label is the route template (`/products/:id`), never the raw URL. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const stop = httpRequestDuration.startTimer({ method: request.method });
    response.once('finish', () => {
      const route =
        typeof request.route?.path === 'string' ? `${request.baseUrl}${request.route.path}` : 'unmatched';
      stop({ route, status_code: String(response.statusCode) });
    });
    next();
  }
}
