import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ActivateUserCommand,
  AuthenticatedUser,
  DeleteUserCommand,
  GetUserQuery,
  SuspendUserCommand,
  UpdateUserCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { paginationMeta, S4Response } from '../../../http/s4-response';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { toAdminUserResponse } from '../../identity/user.mapper';
import { AdminUserResponseDto } from '../../identity/user.response.dto';
import { S4AdminUserEnvelopeDto, S4AdminUserPageEnvelopeDto, S4MessageEnvelopeDto } from '../auth/s4-envelopes.dto';
import { AdminUserUpdateDto } from './admin-user-update.dto';
import { toListUsersQuery } from './list-users.mapper';
import { ListUsersQueryDto } from './list-users.query.dto';
import { SuspensionReasonDto } from './suspension-reason.dto';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

/** S4 `/admin/users/*`: admins and superusers only (403 for everyone else). */
@ApiTags('S4 admin')
@ApiBearerAuth()
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('admin')
@S4Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: S4AdminUserPageEnvelopeDto })
  @ApiOperation({ summary: 'List all users' })
  async list(@Query() query: ListUsersQueryDto): Promise<S4Response<AdminUserResponseDto[]>> {
    const { items, total } = await this.queries.execute(toListUsersQuery(query));
    return new S4Response(items.map(toAdminUserResponse), undefined, paginationMeta(query.page, query.size, total));
  }

  @Get(':user_id')
  @ApiOkResponse({ type: S4AdminUserEnvelopeDto })
  @ApiOperation({ summary: 'Get user details' })
  async get(@Param('user_id') userId: string): Promise<AdminUserResponseDto> {
    return toAdminUserResponse(await this.queries.execute(new GetUserQuery(userId)));
  }

  @Put(':user_id')
  @ApiOkResponse({ type: S4AdminUserEnvelopeDto })
  @ApiOperation({ summary: 'Update user' })
  async update(
    @CurrentUser() admin: AuthenticatedUser,
    @Param('user_id') userId: string,
    @Body() body: AdminUserUpdateDto,
  ): Promise<AdminUserResponseDto> {
    await this.commands.execute(
      new UpdateUserCommand(admin, userId, {
        fullName: body.full_name,
        role: body.role,
        isActive: body.is_active,
        isSuperuser: body.is_superuser,
      }),
    );
    return toAdminUserResponse(await this.queries.execute(new GetUserQuery(userId)));
  }

  @Delete(':user_id')
  @ApiOkResponse({ type: S4MessageEnvelopeDto })
  @ApiOperation({ summary: 'Delete user' })
  async delete(@CurrentUser() admin: AuthenticatedUser, @Param('user_id') userId: string): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new DeleteUserCommand(admin, userId));
    return message('User deleted successfully');
  }

  @Post(':user_id/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: S4MessageEnvelopeDto, description: 'Every token of the user stops working at once' })
  @ApiOperation({ summary: 'Suspend user' })
  async suspend(
    @CurrentUser() admin: AuthenticatedUser,
    @Param('user_id') userId: string,
    @Body() body: SuspensionReasonDto,
  ): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new SuspendUserCommand(admin, userId, body.reason));
    return message('User suspended successfully');
  }

  @Post(':user_id/activate')
  @HttpCode(200)
  @ApiOkResponse({ type: S4MessageEnvelopeDto })
  @ApiOperation({ summary: 'Activate user' })
  async activate(@CurrentUser() admin: AuthenticatedUser, @Param('user_id') userId: string): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new ActivateUserCommand(admin, userId));
    return message('User activated successfully');
  }
}

function message(text: string): S4Response<MessageResponseDto> {
  return new S4Response({ message: text }, text);
}
