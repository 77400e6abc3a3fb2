import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedUser } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { AccountActions } from '../../identity/account-actions';
import { LoginDto } from '../../identity/login.dto';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { RefreshTokenDto } from '../../identity/refresh-token.dto';
import { toApiLoginResponse, toTokenPairUnionResponse } from '../../identity/token.mapper';
import { ApiLoginResponseDto, TokenPairUnionResponseDto } from '../../identity/token.response.dto';
import { UserResponseDto } from '../../identity/user.response.dto';
import { S0RegisterDto } from './s0-register.dto';
import { Guarded } from '../../../http/guarded.decorator';

/**
 * S0 `/api/auth/*`. `POST /api/auth/login/` (trailing slash) is S3's login: the same route, the union
 * body, and S3's error spelling (chosen from the URL by the error filter).
 */
@ApiTags('S0/S3 auth')
@Controller('api/auth')
export class S0AuthController {
  constructor(private readonly accounts: AccountActions) {}

  @Post('register')
  @Guarded()
  @HttpCode(201)
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiOperation({ summary: 'Register a user (S0)', security: [] })
  async register(@Body() body: S0RegisterDto): Promise<UserResponseDto> {
    return this.accounts.register(body.email, body.password, body.full_name, undefined, body.role);
  }

  @Post('login')
  @Guarded()
  @HttpCode(200)
  @ApiOperation({ summary: 'S0 login; also S3 `POST /api/auth/login/` (same body, both spellings of the tokens)', security: [] })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password' })
  @ApiForbiddenResponse({ description: 'The account is inactive or suspended' })
  @ApiOkResponse({ type: ApiLoginResponseDto })
  async login(@Body() body: LoginDto, @Ip() ip: string): Promise<ApiLoginResponseDto> {
    return toApiLoginResponse(await this.accounts.logIn(body.email, body.password, ip));
  }

  @Post('refresh')
  @Guarded()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairUnionResponseDto, description: 'A new pair; the refresh token presented is spent' })
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair', security: [] })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired or spent refresh token (a spent one revokes its whole family)' })
  async refresh(@Body() body: RefreshTokenDto): Promise<TokenPairUnionResponseDto> {
    return toTokenPairUnionResponse(await this.accounts.refresh(body.refresh_token));
  }

  @Post('logout')
  @HttpCode(200)
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: MessageResponseDto })
  @ApiOperation({ summary: 'Log out: the access token is refused from then on' })
  async logout(@CurrentUser() user: AuthenticatedUser): Promise<MessageResponseDto> {
    await this.accounts.logOut(user);
    return { message: 'Successfully logged out' };
  }

  @Get('me')
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: UserResponseDto })
  @ApiOperation({ summary: 'Get the current user' })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponseDto> {
    return this.accounts.user(user.id);
  }
}
