import { Body, Get, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, ChangeUserSettingsCommand, GetUserSettingsQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { S4Envelope } from '../s4-envelope.dto';
import { NotificationSettingsDto, NotificationSettingsUpdateDto, SecuritySettingsDto, SecuritySettingsUpdateDto } from './profile.dto';
import { toNotifications, toSecurity, toSettingChanges } from './user-settings.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

/** S4 `/interviewer/settings/notifications|security` (API keys have their own controller). */
@ApiTags('S4 interviewer settings')
@ApiBearerAuth()
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('recruiter', 'interviewer')
@S4Controller('interviewer/settings')
export class InterviewerSettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('notifications')
  @ApiOperation({ summary: 'Notification settings', description: 'Stored per user as events; defaults until changed.' })
  @ApiOkResponse({ type: S4Envelope(NotificationSettingsDto) })
  async notifications(@CurrentUser() user: AuthenticatedUser): Promise<NotificationSettingsDto> {
    return toNotifications(await this.queries.execute(new GetUserSettingsQuery(user)));
  }

  @Put('notifications')
  @ApiOkResponse({ type: S4Envelope(NotificationSettingsDto) })
  @ApiOperation({ summary: 'Update notifications' })
  async updateNotifications(@CurrentUser() user: AuthenticatedUser, @Body() body: NotificationSettingsUpdateDto): Promise<NotificationSettingsDto> {
    return toNotifications(await this.commands.execute(new ChangeUserSettingsCommand(user, 'notifications', toSettingChanges(body))));
  }

  @Get('security')
  @ApiOperation({
    summary: 'Security settings',
    description:
      'Stored preferences (login_alerts, session_timeout_minutes). They are recorded, not yet enforced: access tokens keep their configured ' +
      'lifetime and no login alert mail is sent. Two-factor authentication is not offered (two_factor_enabled is always false).',
  })
  @ApiOkResponse({ type: S4Envelope(SecuritySettingsDto) })
  async security(@CurrentUser() user: AuthenticatedUser): Promise<SecuritySettingsDto> {
    return toSecurity(await this.queries.execute(new GetUserSettingsQuery(user)));
  }

  @Put('security')
  @ApiOkResponse({ type: S4Envelope(SecuritySettingsDto) })
  @ApiOperation({ summary: 'Update security' })
  async updateSecurity(@CurrentUser() user: AuthenticatedUser, @Body() body: SecuritySettingsUpdateDto): Promise<SecuritySettingsDto> {
    return toSecurity(await this.commands.execute(new ChangeUserSettingsCommand(user, 'security', toSettingChanges(body))));
  }
}
