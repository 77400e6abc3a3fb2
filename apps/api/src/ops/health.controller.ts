import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthResponseDto } from './health.dto';
import { HealthService } from './health.service';
import { Guarded } from '../http/guarded.decorator';

@ApiTags('operations')
@Guarded()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 with each dependency's state; 503 when one is down. The detailed report is `GET /admin/system/health`. */
  @Get('health')
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'A dependency is down (`status: "degraded"`): the same report' })
  @ApiOperation({ summary: 'Health of the service and each dependency', security: [] })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponseDto> {
    const report = await this.health.basic();
    if (report.status !== 'ok') reply.status(503);
    return report;
  }
}
