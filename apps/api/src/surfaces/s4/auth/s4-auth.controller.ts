import { Body, Get, HttpCode, Ip, Post, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  RequestEmailVerificationCommand,
  RequestPasswordResetCommand,
  ResetPasswordCommand,
  VerifyEmailCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { S4Response } from '../../../http/s4-response';
import { AccountActions } from '../../identity/account-actions';
import { LoginDto } from '../../identity/login.dto';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { RefreshTokenDto } from '../../identity/refresh-token.dto';
import { toTokenResponse } from '../../identity/token.mapper';
import { TokenResponseDto } from '../../identity/token.response.dto';
import { UserResponseDto } from '../../identity/user.response.dto';
import { UpdateMeDto } from '../../shared/users/update-me.dto';
import { ForgotPasswordDto } from './forgot-password.dto';
import { ResetPasswordDto } from './reset-password.dto';
import { S4RegisterDto } from './s4-register.dto';
import { VerifyEmailDto } from './verify-email.dto';
import { S4MessageEnvelopeDto, S4TokenEnvelopeDto, S4UserEnvelopeDto } from './s4-envelopes.dto';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const RESET_REQUESTED = 'If an account exists for this email, a password reset link has been sent to it';

/** S4 `/auth/*`; every answer is wrapped `{success, data, message?}` by the S4 interceptor. */
@ApiTags('S4 auth')
@S4Controller('auth')
export class S4AuthController {
  constructor(
    private readonly commands: CommandBus,
    private readonly accounts: AccountActions,
  ) {}

  @Post('register')
  @Guarded()
  @HttpCode(201)
  @ApiCreatedResponse({ type: S4UserEnvelopeDto })
  @ApiOperation({ summary: 'Register new user', security: [] })
  async register(@Body() body: S4RegisterDto): Promise<S4Response<UserResponseDto>> {
    return new S4Response(await this.accounts.register(body.email, body.password, body.full_name, body.username, body.role), 'User registered successfully');
  }

  @Post('login')
  @Guarded()
  @HttpCode(200)
  @ApiOkResponse({ type: S4TokenEnvelopeDto })
  @ApiOperation({ summary: 'User login', security: [] })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password' })
  @ApiForbiddenResponse({ description: 'The account is inactive or suspended' })
  async login(@Body() body: LoginDto, @Ip() ip: string): Promise<S4Response<TokenResponseDto>> {
    return new S4Response(toTokenResponse(await this.accounts.logIn(body.email, body.password, ip)), 'Login successful');
  }

  @Post('refresh')
  @Guarded()
  @HttpCode(200)
  @ApiOkResponse({ type: S4TokenEnvelopeDto, description: 'A new pair; the refresh token presented is spent' })
  @ApiOperation({ summary: 'Refresh access token', security: [] })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired or spent refresh token (a spent one revokes its whole family)' })
  async refresh(@Body() body: RefreshTokenDto): Promise<S4Response<TokenResponseDto>> {
    return new S4Response(toTokenResponse(await this.accounts.refresh(body.refresh_token)));
  }

  @Post('logout')
  @HttpCode(200)
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: S4MessageEnvelopeDto })
  @ApiOperation({ summary: 'User logout' })
  async logout(@CurrentUser() user: AuthenticatedUser): Promise<S4Response<MessageResponseDto>> {
    await this.accounts.logOut(user);
    return message('Successfully logged out');
  }

  @Get('me')
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: S4UserEnvelopeDto })
  @ApiOperation({ summary: 'Get current user' })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponseDto> {
    return this.accounts.user(user.id);
  }

  @Put('me')
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOkResponse({ type: S4UserEnvelopeDto })
  @ApiOperation({ summary: 'Update user profile' })
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateMeDto): Promise<UserResponseDto> {
    return this.accounts.updateOwn(user, { fullName: body.full_name, isActive: body.is_active });
  }

  @Post('forgot-password')
  @Guarded()
  @HttpCode(200)
  @ApiOkResponse({ type: S4MessageEnvelopeDto, description: 'The same answer for known and unknown emails' })
  @ApiOperation({ summary: 'Request password reset', security: [] })
  async forgotPassword(@Body() body: ForgotPasswordDto): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new RequestPasswordResetCommand(body.email));
    return message(RESET_REQUESTED);
  }

  @Post('reset-password')
  @Guarded()
  @HttpCode(200)
  @ApiOkResponse({ type: S4MessageEnvelopeDto, description: 'Every session of the user is revoked' })
  @ApiOperation({ summary: 'Reset password', security: [] })
  async resetPassword(@Body() body: ResetPasswordDto): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new ResetPasswordCommand(body.token, body.new_password));
    return message('Password has been reset; log in with the new password');
  }

  @Post('verify-email')
  @Guarded()
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify the account email with the token of the mailed link (single use)', security: [] })
  @ApiOkResponse({ type: S4MessageEnvelopeDto, description: 'From now on, interviews addressed to this email are the account\'s' })
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new VerifyEmailCommand(body.token));
    return message(EMAIL_VERIFIED);
  }

  /** The target of the mailed link (`PUBLIC_URL/auth/verify-email?token=…`). */
  @Get('verify-email')
  @Guarded()
  @ApiOperation({ summary: 'Open the mailed verification link', security: [] })
  @ApiOkResponse({ type: S4MessageEnvelopeDto })
  async verifyEmailLink(@Query() query: VerifyEmailDto): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new VerifyEmailCommand(query.token));
    return message(EMAIL_VERIFIED);
  }

  @Post('resend-verification')
  @HttpCode(200)
  @ApiBearerAuth()
  @Guarded(JwtAuthGuard)
  @ApiOperation({ summary: 'Mail a new verification link to the caller\'s email (nothing if already verified)' })
  @ApiOkResponse({ type: S4MessageEnvelopeDto })
  async resendVerification(@CurrentUser() user: AuthenticatedUser): Promise<S4Response<MessageResponseDto>> {
    const { sent } = await this.commands.execute(new RequestEmailVerificationCommand(user.id));
    return message(sent ? 'A verification link has been sent to your email' : 'Your email is already verified');
  }
}

const EMAIL_VERIFIED = 'Email verified';

function message(text: string): S4Response<MessageResponseDto> {
  return new S4Response({ message: text }, text);
}
