import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { SERVICE_CONFIG } from '@product-ledger/service-kit';
import express from 'express';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { GatewayConfig } from '../config';
import { writeProblem } from '../proxy/gateway-problem';

type Request = IncomingMessage & { originalUrl: string; method: string };
type Next = (error?: unknown) => void;

/** Paths the gateway answers itself; the console never shadows them. */
const OWN_PATHS = /^\/(api|auth|health|metrics|docs|docs-json|config\.json)(\/|$|\?)/;
/** Vite puts content-hashed files under /assets: a changed file gets a new name, so they never go stale. */
const HASHED = /^\/assets\//;

/**
 * Serves the console's built files: hashed assets with a year-long immutable cache, other files briefly,
 * and index.html (never cached) for every other path, so client routes like /portfolio load the app.
 */
@Injectable()
export class ConsoleFilesMiddleware implements NestMiddleware {
  private readonly root: string;
  private readonly files: ReturnType<typeof express.static>;

  constructor(@Inject(SERVICE_CONFIG) config: GatewayConfig) {
    this.root = path.resolve(config.CONSOLE_DIR);
    this.files = express.static(this.root, {
      index: false,
      fallthrough: true,
      setHeaders: (response, file) => {
        const relative = `/${path.relative(this.root, file).split(path.sep).join('/')}`;
        response.setHeader(
          'cache-control',
          HASHED.test(relative) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        );
      },
    });
  }

  use(request: Request, response: ServerResponse, next: Next): void {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || OWN_PATHS.test(request.originalUrl)) {
      return next();
    }
    // Mounted on every path, the router hands this middleware a shortened url; the files are found by the full one.
    request.url = request.originalUrl;
    this.files(request as never, response as never, () => this.sendIndex(request, response, next));
  }

  private sendIndex(request: Request, response: ServerResponse, next: Next): void {
    const pathname = new URL(request.originalUrl, 'http://gateway').pathname;
    // A missing asset (a file name with an extension) is a 404, not the app's page.
    if (HASHED.test(pathname) || path.extname(pathname) !== '') return next();
    const index = path.join(this.root, 'index.html');
    fs.readFile(index, (error, html) => {
      if (error) {
        writeProblem(
          request,
          response,
          503,
          'Service Unavailable',
          'The console has not been built (npm run console:build).',
        );
        return;
      }
      response.statusCode = 200;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('cache-control', 'no-cache');
      response.end(request.method === 'HEAD' ? undefined : html);
    });
  }
}
