import { Controller, Get, Headers, OnModuleDestroy, OnModuleInit, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces } from '@nestjs/swagger';
import { Inject } from '@nestjs/common';
import { SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig } from '../config';
import { NoticeFeed, type NumberedNotice } from './notice-feed';

/**
 * `GET /api/events`: Server-Sent Events with a `change` event per notice. A reconnecting client sends
 * `Last-Event-ID` and gets what it missed, or a `reset` event when that is unknown here (another
 * instance, a restart, too long ago): it should then refetch everything it shows.
 */
@ApiBearerAuth('bearer')
@Controller('api')
export class LiveEventsController implements OnModuleInit, OnModuleDestroy {
  private readonly open = new Set<ServerResponse>();
  // The kit's graceful shutdown waits for open connections before it runs module hooks; event streams
  // never end by themselves, so they are closed as soon as the signal comes.
  private readonly closeAll = () => {
    for (const response of this.open) response.end();
  };

  constructor(
    private readonly feed: NoticeFeed,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
  ) {}

  onModuleInit(): void {
    process.once('SIGTERM', this.closeAll);
    process.once('SIGINT', this.closeAll);
  }

  onModuleDestroy(): void {
    process.off('SIGTERM', this.closeAll);
    process.off('SIGINT', this.closeAll);
    this.closeAll();
  }

  @Get('events')
  @ApiOperation({ summary: 'Live change notices (Server-Sent Events)' })
  @ApiProduces('text/event-stream')
  stream(
    @Req() request: IncomingMessage,
    @Res() response: ServerResponse,
    @Headers('last-event-id') lastEventIdHeader?: string,
    @Query('lastEventId') lastEventIdQuery?: string,
  ): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // Proxies (nginx) would otherwise buffer the stream.
      'x-accel-buffering': 'no',
      // One response per connection: when the stream ends, the socket goes too (and shutdown is not held).
      connection: 'close',
    });
    const write = (text: string) => response.write(text);
    write('retry: 3000\n\n');
    const lastEventId = lastEventIdHeader ?? lastEventIdQuery;
    if (lastEventId) {
      const missed = this.feed.since(lastEventId);
      if (missed) for (const entry of missed) write(formatNotice(entry));
      else write(`id: ${this.feed.lastId}\nevent: reset\ndata: {}\n\n`);
    } else {
      // The starting point, so a client that reconnects before any notice still has an id to send.
      write(`id: ${this.feed.lastId}\nevent: ready\ndata: {}\n\n`);
    }
    const unsubscribe = this.feed.subscribe((entry) => write(formatNotice(entry)));
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), this.config.LIVE_HEARTBEAT_MS);
    this.open.add(response);
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(response);
    };
    request.once('close', stop);
    response.once('close', stop);
  }
}

function formatNotice(entry: NumberedNotice): string {
  return `id: ${entry.id}\nevent: change\ndata: ${JSON.stringify(entry.notice)}\n\n`;
}
