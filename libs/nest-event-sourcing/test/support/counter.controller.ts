import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post, Res } from '@nestjs/common';
import { PG_POOL, UuidParam } from '@product-ledger/service-kit';
import { IsInt, IsString, MinLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { SlowGate } from '@product-ledger/testing';
import type { CommandOutcome } from '@product-ledger/event-store';
import { CommandRunner } from '../../src/commands/command-runner';
import { setETag } from '../../src/http/etag';
import { IfMatch, type IfMatchVersion } from '../../src/http/if-match';
import { Idempotent } from '../../src/http/idempotency/idempotent.decorator';
import { incrementCounter, openCounter } from './counter-commands';
import type { CounterEvent, CounterState } from './counter-decider';

export class OpenCounterBody {
  @IsString()
  @MinLength(1)
  name!: string;
}

export class IncrementBody {
  @IsInt()
  by!: number;
}

type Outcome = CommandOutcome<CounterState, CounterEvent>;
/** The part of express' response the routes touch (the workspace has no @types/express). */
type Response = { setHeader(name: string, value: string): unknown };

@Controller()
export class CounterController {
  constructor(
    private readonly commands: CommandRunner,
    private readonly gate: SlowGate,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Post('counters')
  async open(@Body() body: OpenCounterBody, @Res({ passthrough: true }) response: Response) {
    const outcome: Outcome = await this.commands.run(openCounter, {
      type: 'OpenCounter',
      counterId: randomUUID(),
      name: body.name,
    });
    response.setHeader('Location', `/counters/${outcome.streamId}`);
    setETag(response, outcome.version);
    return { counterId: outcome.streamId, version: outcome.version };
  }

  // @Idempotent() on top of the global interceptor: the key must still be handled once.
  @Idempotent()
  @Post('slow-counters')
  async openSlowly(@Body() body: OpenCounterBody, @Res({ passthrough: true }) response: Response) {
    await this.gate.enter();
    return this.open(body, response);
  }

  @Post('counters/:id/increments')
  @HttpCode(200)
  async increment(
    @UuidParam('id') id: string,
    @Body() body: IncrementBody,
    @IfMatch() ifMatch: IfMatchVersion | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const outcome: Outcome = await this.commands.run(
      incrementCounter,
      { type: 'IncrementCounter', counterId: id, by: body.by },
      { expectedVersion: ifMatch },
    );
    setETag(response, outcome.version);
    return { version: outcome.version, value: outcome.state.value };
  }

  @Get('counters/:id')
  async read(@UuidParam('id') id: string) {
    const { rows } = await this.pool.query(
      'SELECT counter_id, name, value, version FROM counters WHERE counter_id = $1',
      [id],
    );
    if (!rows[0]) throw new NotFoundException(`counter ${id} is not in the read model`);
    return rows[0];
  }
}
