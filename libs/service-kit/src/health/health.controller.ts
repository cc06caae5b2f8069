import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import type { HttpResponse as Response } from '../http/express-types';
import { Public } from '../auth/auth-metadata';
import { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG } from '../tokens';
import { KafkaReadiness } from './kafka-readiness';
import { PostgresReadiness } from './postgres-readiness';
import { ReadinessCheck, ReadinessChecks } from './readiness-checks';
import { withTimeout } from './with-timeout';

@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly postgres: PostgresReadiness,
    private readonly kafka: KafkaReadiness,
    private readonly readiness: ReadinessChecks,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** The process is up and its event loop turns; dependencies do not matter here. */
  @Get('live')
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Ready to serve: the database answers a query and the broker answers a metadata call. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<unknown> {
    const checks: [string, ReadinessCheck][] = [
      ...(this.postgres.applies ? [['postgres', () => this.postgres.check()] as [string, ReadinessCheck]] : []),
      ['kafka', () => this.kafka.check()],
      ...this.readiness.entries(),
    ];
    try {
      return await this.health.check(
        checks.map(
          ([name, check]) =>
            () =>
              this.run(name, check),
        ),
      );
    } catch (error) {
      // Keep terminus' report as the body of the 503 instead of a generic problem.
      if (error instanceof ServiceUnavailableException) {
        response.status(503);
        return error.getResponse();
      }
      throw error;
    }
  }

  private async run(name: string, check: ReadinessCheck): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(name);
    try {
      await withTimeout(Promise.resolve().then(check), this.config.HEALTH_CHECK_TIMEOUT_MS, name);
      return session.up();
    } catch (error) {
      // A hung broker connection must not stall the next probe: start afresh (in the background).
      if (name === 'kafka') void this.kafka.reset();
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
