import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import type { Pool } from 'pg';
import { SlowGate } from '@product-ledger/testing';
import { Actor } from '../../src/auth/actor';
import { Public, Roles } from '../../src/auth/auth-metadata';
import { CurrentActor } from '../../src/auth/current-actor.decorator';
import { getRequestContext } from '../../src/context/request-context';
import { problem } from '../../src/errors/problem';
import { PG_POOL } from '../../src/tokens';
import { UuidParam } from '../../src/validation/uuid-param';
import { ListThingsQuery, SubmitThingDto } from './test-dtos';

class KindedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'KindedError';
  }
}

class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
}

/** Routes that exercise every part of the kit: auth, validation, error mapping, context, draining. */
@Controller()
export class TestController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly gate: SlowGate,
  ) {}

  @Get('things')
  list(@Query() query: ListThingsQuery, @CurrentActor() actor: Actor) {
    return { limit: query.limit ?? null, actor };
  }

  @Post('things')
  @Roles('product_manager', 'admin')
  submit(@Body() body: SubmitThingDto) {
    return { title: body.title, accounts: body.accounts.length, isDto: body instanceof SubmitThingDto };
  }

  @Get('things/:id')
  one(@UuidParam('id') id: string) {
    return { id };
  }

  @Get('context')
  context() {
    return getRequestContext() ?? null;
  }

  @Public()
  @Get('public/ping')
  ping() {
    return { pong: true };
  }

  @Public()
  @Get('errors/:kind')
  fail(@Param('kind') kind: string): never {
    switch (kind) {
      case 'rule-broken':
        throw new KindedError('product.retired', 'Product P-1 is retired', 'rule-broken', {
          productId: 'P-1',
        });
      case 'conflict':
        throw new KindedError('product.code_taken', 'Code P-1 is taken', 'conflict');
      case 'not-found':
        throw new KindedError('product.not_found', 'Product P-9 does not exist', 'not-found');
      case 'concurrency':
        throw new ConcurrencyError('stream product-1 expected version 2 but is at 3');
      case 'problem':
        return problem(412, 'Precondition Failed', 'If-Match is stale', { currentVersion: 4 });
      default:
        throw new Error('secret internals: password=hunter2');
    }
  }

  /** Waits for the test to open the gate, then needs the pool: proves draining happens before it ends. */
  @Public()
  @Get('slow')
  async slow() {
    await this.gate.enter();
    const { rows } = await this.pool.query<{ answer: number }>('SELECT 42 AS answer');
    return { answer: rows[0].answer };
  }
}
