import { Body, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  GetMaintenanceModeQuery,
  GetSystemStatsQuery,
  ListRecentLogsQuery,
  MaintenanceMode,
  SetMaintenanceModeCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { MaintenanceModeCache } from '../../../http/maintenance/maintenance-mode.cache';
import { paginationMeta, S4Response } from '../../../http/s4-response';
import { HealthService } from '../../../ops/health.service';
import { DetailedDependencyDto, SystemHealthDto } from '../../../ops/system-health.dto';
import {
  S4MaintenanceStatusEnvelopeDto,
  S4SystemHealthEnvelopeDto,
  S4SystemLogPageEnvelopeDto,
  S4SystemStatsEnvelopeDto,
} from './system-envelopes.dto';
import { SystemLogEntryDto } from './system-log-entry.dto';
import { filterLogs } from './system-logs.filter';
import { SystemLogsQueryDto } from './system-logs.query.dto';
import { MaintenanceStatusDto, MaintenanceToggleDto } from './system-maintenance.dto';
import { SystemStatsDto } from './system-stats.dto';
import { toSystemStatsDto } from './system-stats.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

/** S4 `/admin/system/*`: admins and superusers only (403 for everyone else). */
@ApiTags('S4 admin')
@ApiBearerAuth()
@ApiExtraModels(DetailedDependencyDto)
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('admin')
@S4Controller('admin/system')
export class SystemAdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly health: HealthService,
    private readonly maintenance: MaintenanceModeCache,
  ) {}

  @Get('stats')
  @ApiOperation({ summary: 'Users by role and status, interviews by status, subscriptions, events in the log, each projection’s position and lag' })
  @ApiOkResponse({ type: S4SystemStatsEnvelopeDto })
  async stats(): Promise<SystemStatsDto> {
    return toSystemStatsDto(await this.queries.execute(new GetSystemStatsQuery()));
  }

  @Get('health')
  @ApiOperation({ summary: 'Each dependency with its state and check latency (the short form is GET /health)' })
  @ApiOkResponse({ type: S4SystemHealthEnvelopeDto })
  async detailedHealth(): Promise<SystemHealthDto> {
    return this.health.detailed();
  }

  @Get('logs')
  @ApiOperation({
    summary: 'Recent log entries of this API process',
    description: 'The logger keeps the last 1000 entries (info and above) in memory per process; older ones are in the log output only.',
  })
  @ApiOkResponse({ type: S4SystemLogPageEnvelopeDto })
  async logs(@Query() query: SystemLogsQueryDto): Promise<S4Response<SystemLogEntryDto[]>> {
    const { items, total } = filterLogs(await this.queries.execute(new ListRecentLogsQuery()), query);
    return new S4Response(items, undefined, paginationMeta(query.page, query.size, total));
  }

  @Get('maintenance')
  @ApiOperation({ summary: 'Whether maintenance mode is on' })
  @ApiOkResponse({ type: S4MaintenanceStatusEnvelopeDto })
  async maintenanceStatus(): Promise<MaintenanceStatusDto> {
    const mode = await this.queries.execute(new GetMaintenanceModeQuery());
    return toMaintenanceStatus(mode, mode.enabled ? 'Maintenance mode is on' : 'Maintenance mode is off');
  }

  @Post('maintenance')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Toggle maintenance mode',
    description: 'While on, every non-admin POST/PUT/PATCH/DELETE (except log in/out) answers 503 with the message, in its surface’s error body.',
  })
  @ApiOkResponse({ type: S4MaintenanceStatusEnvelopeDto })
  async toggleMaintenance(@CurrentUser() admin: AuthenticatedUser, @Body() body: MaintenanceToggleDto): Promise<S4Response<MaintenanceStatusDto>> {
    await this.commands.execute(new SetMaintenanceModeCommand(admin, body.enabled, body.message));
    this.maintenance.invalidate();
    const mode = await this.queries.execute(new GetMaintenanceModeQuery());
    const text = mode.enabled ? 'Maintenance mode enabled' : 'Maintenance mode disabled';
    return new S4Response(toMaintenanceStatus(mode, text), text);
  }
}

function toMaintenanceStatus(mode: MaintenanceMode, message: string): MaintenanceStatusDto {
  return { message, enabled: mode.enabled, maintenance_message: mode.message, updated_at: mode.updatedAt, updated_by: mode.updatedBy };
}
