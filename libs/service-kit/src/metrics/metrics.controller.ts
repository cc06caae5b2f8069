import { Controller, Get, Header, Headers, NotFoundException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth-metadata';
import { metricsRegistry } from './metrics-registry';

/**
 * Prometheus scrapes `/metrics` on the pod, inside the cluster. A request that came through a proxy (the
 * Ingress controller adds `X-Forwarded-For`, `Forwarded` or `X-Forwarded-Host`) finds nothing here, so a
 * route that sends `/` to a service never publishes its metrics outside the cluster.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  scrape(@Headers() headers: Record<string, string | undefined>): Promise<string> {
    if (headers['x-forwarded-for'] || headers['forwarded'] || headers['x-forwarded-host'])
      throw new NotFoundException('Cannot GET /metrics');
    return metricsRegistry.metrics();
  }
}
