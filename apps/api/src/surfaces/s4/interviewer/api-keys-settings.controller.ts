import { Body, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  CreateApiKeyCommand,
  DeactivateApiKeyCommand,
  GetApiKeyQuery,
  ListApiKeysQuery,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { S4Response } from '../../../http/s4-response';
import { CreateApiKeyDto } from '../../identity/api-key.dto';
import { toApiKeyCreatedResponse, toApiKeyResponse } from '../../identity/api-key.mapper';
import { ApiKeyCreatedResponseDto, ApiKeyResponseDto } from '../../identity/api-key.response.dto';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { S4ApiKeyCreatedEnvelopeDto, S4ApiKeyListEnvelopeDto, S4MessageEnvelopeDto } from '../auth/s4-envelopes.dto';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

/** S4 `/interviewer/settings/api-keys*`: the same keys as S1's `/api/v1/api-keys`, for the interviewer panel. */
@ApiTags('S4 interviewer settings')
@ApiBearerAuth()
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('recruiter', 'interviewer')
@S4Controller('interviewer/settings/api-keys')
export class ApiKeysSettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: S4ApiKeyCreatedEnvelopeDto, description: 'The secret is shown this once' })
  @ApiOperation({ summary: 'Generate API key' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateApiKeyDto): Promise<S4Response<ApiKeyCreatedResponseDto>> {
    const { keyId, secret } = await this.commands.execute(new CreateApiKeyCommand(user, body.name));
    const key = await this.queries.execute(new GetApiKeyQuery(user, keyId));
    return new S4Response(toApiKeyCreatedResponse(key, secret), 'API key created; store the secret now, it is not shown again');
  }

  @Get()
  @ApiOkResponse({ type: S4ApiKeyListEnvelopeDto })
  @ApiOperation({ summary: 'List API keys' })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<ApiKeyResponseDto[]> {
    return (await this.queries.execute(new ListApiKeysQuery(user))).map(toApiKeyResponse);
  }

  @Delete(':key_id')
  @ApiOkResponse({ type: S4MessageEnvelopeDto, description: '404 when the key is not the caller\'s' })
  @ApiOperation({ summary: 'Revoke API key' })
  async revoke(@CurrentUser() user: AuthenticatedUser, @Param('key_id') keyId: string): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new DeactivateApiKeyCommand(user, keyId));
    const text = 'API key deactivated successfully';
    return new S4Response({ message: text }, text);
  }
}
