import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, EventStore, ProjectionRunner, READ_STORE, ReadStore } from '@candor/application';
import { PROJECTION_RUNNER } from '../core/core.module';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { HealthResponseDto } from './health.dto';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
  ) {}

  /** 200 with each dependency's state; 503 when one is down. */
  @Get('health')
  @ApiOkResponse({ type: HealthResponseDto })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponseDto> {
    const [eventStore, readStore, head] = await Promise.all([
      this.events.health(),
      this.readStore.health(),
      this.events.headPosition().catch(() => null),
    ]);
    const down = [eventStore, readStore].some((d) => d.status === 'down');
    if (down) reply.status(503);
    return {
      status: down ? 'degraded' : 'ok',
      mode: this.config.eventStoreUrl || this.config.mongoUrl ? 'production' : 'embedded',
      dependencies: {
        event_store: eventStore,
        read_store: readStore,
        projector: this.runner
          ? { status: 'up', adapter: 'in-process', detail: `position ${this.runner.position || '0'} of ${head || '0'}` }
          : { status: 'up', adapter: 'external', detail: 'runs as its own process (npm run start:projector)' },
      },
      timestamp: new Date().toISOString(),
    };
  }
}
