import type { IncomingMessage, ServerResponse } from 'node:http';

/** Writes an RFC 9457 problem the way the services do (the gateway's own answers look like theirs). */
export function writeProblem(
  request: IncomingMessage & { originalUrl?: string },
  response: ServerResponse,
  status: number,
  title: string,
  detail: string,
): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const requestId = response.getHeader('x-request-id');
  const body = {
    type: 'about:blank',
    title,
    status,
    detail,
    instance: request.originalUrl ?? request.url,
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
  response.statusCode = status;
  response.setHeader('content-type', 'application/problem+json');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(body));
}
