import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { AccountActions } from '../../identity/account-actions';
import { UserResponseDto } from '../../identity/user.response.dto';
import { UpdateMeDto } from '../../shared/users/update-me.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S1 `/api/v1/users/me`. */
@ApiTags('S1 users')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/users/me')
export class UsersMeController {
  constructor(private readonly accounts: AccountActions) {}

  @Get()
  @ApiOkResponse({ type: UserResponseDto })
  @ApiOperation({ summary: 'Get the current user', description: 'Retrieves the profile information of the currently authenticated user. (Alias for `/auth/me`)' })
  async get(@CurrentUser() user: AuthenticatedUser): Promise<UserResponseDto> {
    return this.accounts.user(user.id);
  }

  @Put()
  @ApiOkResponse({ type: UserResponseDto })
  @ApiOperation({ summary: 'Update the current user', description: 'Updates the profile information of the currently authenticated user. `is_active` may be changed by a superuser only (403 otherwise).' })
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeDto): Promise<UserResponseDto> {
    return this.accounts.updateOwn(user, { fullName: body.full_name, isActive: body.is_active });
  }
}
