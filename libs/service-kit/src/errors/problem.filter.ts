import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response } from '../http/express-types';
import { ensureRequestId } from '../context/request-id';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './to-problem';

/** Every error leaves as `application/problem+json`; unexpected ones are logged with their stack. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const { problem, unexpected } = toProblem(error);
    if (unexpected) {
      this.logger.error(
        { err: error, method: request.method, url: request.originalUrl },
        'Unexpected error while handling a request',
      );
    }
    if (response.headersSent) return;
    const body = { ...problem, instance: request.originalUrl, requestId: ensureRequestId(request, response) };
    // RFC 6750: a 401 names the scheme the client should use.
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="product-ledger"');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
