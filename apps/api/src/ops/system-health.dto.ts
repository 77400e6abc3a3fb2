import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DetailedDependencyDto {
  @ApiProperty({ enum: ['up', 'degraded', 'down'], description: '`degraded`: works with a limitation named in `detail`' })
  status!: 'up' | 'degraded' | 'down';

  @ApiProperty({ example: 'sqlite' })
  adapter!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'How long the check took; null when nothing was probed (configuration only)' })
  latency_ms!: number | null;

  @ApiPropertyOptional()
  detail?: string;
}

export class SystemHealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'], description: '`down` when the event store or read store is down; `degraded` when any other dependency is not up' })
  status!: 'ok' | 'degraded' | 'down';

  @ApiProperty({ enum: ['embedded', 'production'] })
  mode!: 'embedded' | 'production';

  @ApiProperty({ description: 'Seconds since this API process started' })
  uptime_seconds!: number;

  @ApiProperty({
    description: 'event_store, read_store, projector, job_queue, sandbox, livekit, mail, speech_tts, speech_stt',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DetailedDependencyDto' },
  })
  dependencies!: Record<string, DetailedDependencyDto>;

  @ApiProperty()
  timestamp!: string;
}
