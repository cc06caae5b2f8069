import { ApiProperty } from '@nestjs/swagger';
import { rebuildableProjections } from '../../application/rebuilds/projection-rebuilds';

export class ProjectionRebuildResponse {
  @ApiProperty({ format: 'uuid' }) rebuildId!: string;
  @ApiProperty({ enum: rebuildableProjections }) projection!: string;
  @ApiProperty({ enum: ['running', 'completed', 'failed'] }) status!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ description: 'Messages (or facts) applied so far.' }) applied!: number;
  @ApiProperty({ description: 'Messages on the topics when the rebuild started (or current facts).' })
  total!: number;
  @ApiProperty({ description: '0..1' }) ratio!: number;
  @ApiProperty({ nullable: true }) error!: string | null;
}

export class ProjectionProgressResponse {
  @ApiProperty() applied!: number;
  @ApiProperty() total!: number;
  @ApiProperty() ratio!: number;
  @ApiProperty() caughtUp!: boolean;
}

export class ProjectionStateResponse {
  @ApiProperty({ enum: rebuildableProjections }) name!: string;
  @ApiProperty({ enum: ['kafka', 'facts'] }) source!: string;
  @ApiProperty({ type: ProjectionProgressResponse, nullable: true })
  progress!: ProjectionProgressResponse | null;
  @ApiProperty({ type: ProjectionRebuildResponse, nullable: true })
  lastRebuild!: ProjectionRebuildResponse | null;
}
