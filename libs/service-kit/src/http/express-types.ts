import type { IncomingMessage, ServerResponse } from 'node:http';

// The few express members the kit touches; @types/express is not installed in the workspace.

export interface HttpRequest extends IncomingMessage {
  originalUrl: string;
  baseUrl: string;
  route?: { path?: unknown };
  /** The client address (X-Forwarded-For when `trust proxy` allows it, else the socket's). */
  ip?: string;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  type(contentType: string): this;
  send(body: string): this;
}

export type NextFunction = (error?: unknown) => void;
