import { Injectable } from '@nestjs/common';

/** Resolves when the dependency is usable; rejects (or throws) with the reason when it is not. */
export type ReadinessCheck = () => Promise<unknown> | unknown;

/**
 * Checks `/health/ready` runs besides Postgres and Kafka. A relay or consumer registers its own, e.g.
 * `readiness.registerReadinessCheck('relay', () => this.relay.assertRunning())` in `onModuleInit`.
 */
@Injectable()
export class ReadinessChecks {
  private readonly checks = new Map<string, ReadinessCheck>();

  registerReadinessCheck(name: string, check: ReadinessCheck): void {
    if (this.checks.has(name)) throw new Error(`A readiness check named ${name} is already registered`);
    this.checks.set(name, check);
  }

  entries(): [string, ReadinessCheck][] {
    return [...this.checks.entries()];
  }
}
