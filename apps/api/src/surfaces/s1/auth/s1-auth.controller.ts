import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { readFormFields, validated } from '../../../http/form-fields';
import { RequestValidationError } from '../../../http/request-validation.error';
import { AccountActions } from '../../identity/account-actions';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { toTokenResponse } from '../../identity/token.mapper';
import { TokenResponseDto } from '../../identity/token.response.dto';
import { UserResponseDto } from '../../identity/user.response.dto';
import { S1LoginDto } from './s1-login.dto';
import { S1RegisterDto } from './s1-register.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S1 `/api/v1/auth/*` (FastAPI-style: 200 on register, OAuth2 password form on login). */
@ApiTags('S1 auth')
@Controller('api/v1/auth')
export class S1AuthController {
  constructor(private readonly accounts: AccountActions) {}

  @Post('register')
  @Guarded()
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponseDto, description: '400 when the email or username already exists' })
  @ApiOperation({ summary: 'Register a user (S1)', description: 'Registers a new user in the system. 400 if the email or username already exists.', security: [] })
  async register(@Body() body: S1RegisterDto): Promise<UserResponseDto> {
    return this.accounts.register(body.email, body.password, body.full_name ?? '', body.username);
  }

  @Post('login')
  @Guarded()
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data', 'application/json')
  @ApiBody({ type: S1LoginDto })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiOperation({ summary: 'Log in (OAuth2 password form or JSON)', description: 'Authenticates a user with email (or username) and password, returning an access token. The OAuth2 password form (`username`, `password`), multipart form data and JSON are accepted.', security: [] })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password' })
  @ApiForbiddenResponse({ description: 'The account is inactive or suspended' })
  async login(@Req() request: FastifyRequest): Promise<TokenResponseDto> {
    const form = await validated(S1LoginDto, await readFormFields(request));
    const login = form.username ?? form.email;
    if (!login) throw new RequestValidationError([{ loc: ['username'], msg: 'field required', type: 'value_error.missing' }]);
    return toTokenResponse(await this.accounts.logIn(login, form.password, request.ip));
  }

  @Post('logout')
  @HttpCode(200)
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: MessageResponseDto, description: 'The access token presented is refused from then on' })
  @ApiOperation({ summary: 'Log out: the access token is refused from then on', description: 'Logs out the current user by invalidating their access token. The token is added to a blocklist.' })
  async logout(@CurrentUser() user: AuthenticatedUser): Promise<MessageResponseDto> {
    await this.accounts.logOut(user);
    return { message: 'Successfully logged out' };
  }

  @Get('me')
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: UserResponseDto, description: 'Same as GET /api/v1/users/me' })
  @ApiOperation({ summary: 'Get the current user' })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponseDto> {
    return this.accounts.user(user.id);
  }
}
