import { Body, Get, HttpCode, NotFoundException, Post, Put, Req, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  AuthenticatedUser,
  AVATAR_MAX_BYTES,
  ChangeUserSettingsCommand,
  GetUserQuery,
  GetUserSettingsQuery,
  OpenAvatarQuery,
  UpdateUserCommand,
  UploadAvatarCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { S4Response } from '../../../http/s4-response';
import { S4Envelope } from '../s4-envelope.dto';
import { AvatarResponseDto, InterviewerProfileDto, InterviewerProfileUpdateDto, UserPreferencesDto, UserPreferencesUpdateDto } from './profile.dto';
import { readSingleUpload } from '../../../http/multipart-upload';
import { toAvatarResponse, toPreferences, toProfile, toSettingChanges } from './user-settings.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

/** S4 `/interviewer/profile*`: the account (name) plus event-sourced profile fields, avatar and preferences. */
@ApiTags('S4 interviewer profile')
@ApiBearerAuth()
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('recruiter', 'interviewer')
@S4Controller('interviewer/profile')
export class InterviewerProfileController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: S4Envelope(InterviewerProfileDto) })
  @ApiOperation({ summary: 'Get interviewer profile' })
  async get(@CurrentUser() user: AuthenticatedUser): Promise<InterviewerProfileDto> {
    return this.profile(user);
  }

  @Put()
  @ApiOkResponse({ type: S4Envelope(InterviewerProfileDto) })
  @ApiOperation({ summary: 'Update profile' })
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: InterviewerProfileUpdateDto): Promise<InterviewerProfileDto> {
    const { full_name, timezone, ...profile } = body;
    if (full_name !== undefined) await this.commands.execute(new UpdateUserCommand(user, user.id, { fullName: full_name }));
    // The timezone is one setting shown in both the profile and the preferences: it lives in the preferences section.
    if (timezone !== undefined) await this.commands.execute(new ChangeUserSettingsCommand(user, 'preferences', { timezone }));
    await this.commands.execute(new ChangeUserSettingsCommand(user, 'profile', toSettingChanges(profile)));
    return this.profile(user);
  }

  @Post('avatar')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Upload an avatar',
    description: `multipart/form-data with the image in \`file\` (or \`avatar\`): JPEG or PNG recognised from its bytes, at most ${AVATAR_MAX_BYTES} bytes. 400 for another type, 413 when larger. Replaces the previous avatar.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: S4Envelope(AvatarResponseDto) })
  async uploadAvatar(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<S4Response<AvatarResponseDto | null>> {
    const { result: state } = await readSingleUpload(request, ['file', 'avatar', 'image'], AVATAR_MAX_BYTES, (file) =>
      this.commands.execute(new UploadAvatarCommand(user, { fileName: file.filename, content: file.file })),
    );
    return new S4Response(toAvatarResponse(state), 'Avatar uploaded');
  }

  @Get('avatar')
  @ApiOperation({ summary: "The caller's avatar image (a raw stream); 404 when none was uploaded" })
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No avatar was uploaded' })
  async avatar(@CurrentUser() user: AuthenticatedUser): Promise<StreamableFile> {
    const opened = await this.queries.execute(new OpenAvatarQuery(user));
    if (!opened) throw new NotFoundException('No avatar uploaded');
    return new StreamableFile(opened.stream, { type: opened.contentType, length: opened.size });
  }

  @Get('preferences')
  @ApiOkResponse({ type: S4Envelope(UserPreferencesDto) })
  @ApiOperation({ summary: 'Get preferences' })
  async preferences(@CurrentUser() user: AuthenticatedUser): Promise<UserPreferencesDto> {
    return toPreferences(await this.queries.execute(new GetUserSettingsQuery(user)));
  }

  @Put('preferences')
  @ApiOkResponse({ type: S4Envelope(UserPreferencesDto) })
  @ApiOperation({ summary: 'Update preferences' })
  async updatePreferences(@CurrentUser() user: AuthenticatedUser, @Body() body: UserPreferencesUpdateDto): Promise<UserPreferencesDto> {
    return toPreferences(await this.commands.execute(new ChangeUserSettingsCommand(user, 'preferences', toSettingChanges(body))));
  }

  private async profile(user: AuthenticatedUser): Promise<InterviewerProfileDto> {
    const [account, settings] = await Promise.all([this.queries.execute(new GetUserQuery(user.id)), this.queries.execute(new GetUserSettingsQuery(user))]);
    return toProfile(account, settings);
  }
}
