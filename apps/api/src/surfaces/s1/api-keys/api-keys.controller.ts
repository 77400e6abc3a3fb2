import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  CreateApiKeyCommand,
  DeactivateApiKeyCommand,
  GetApiKeyQuery,
  ListApiKeysQuery,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { CreateApiKeyDto } from '../../identity/api-key.dto';
import { toApiKeyCreatedResponse, toApiKeyResponse } from '../../identity/api-key.mapper';
import { ApiKeyCreatedResponseDto, ApiKeyResponseDto } from '../../identity/api-key.response.dto';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S1 `/api/v1/api-keys/*`: managed with an access token (a key cannot mint keys). */
@ApiTags('S1 API keys')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ApiKeyCreatedResponseDto, description: 'The secret is shown this once; 400 past API_KEYS_MAX_ACTIVE active keys' })
  @ApiOperation({ summary: 'Create an API key (the secret is shown once)', description: 'Creates a new API key for the current user. There is a limit on the number of active API keys per user (`API_KEYS_MAX_ACTIVE`, 400 past it). The secret is shown once.' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateApiKeyDto): Promise<ApiKeyCreatedResponseDto> {
    const { keyId, secret } = await this.commands.execute(new CreateApiKeyCommand(user, body.name));
    return toApiKeyCreatedResponse(await this.queries.execute(new GetApiKeyQuery(user, keyId)), secret);
  }

  @Get()
  @ApiOkResponse({ type: ApiKeyResponseDto, isArray: true })
  @ApiOperation({ summary: 'List the caller\'s API keys', description: 'Lists all API keys belonging to the current user (without their secrets).' })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<ApiKeyResponseDto[]> {
    return (await this.queries.execute(new ListApiKeysQuery(user))).map(toApiKeyResponse);
  }

  @Delete(':key_id')
  @ApiOkResponse({ type: MessageResponseDto, description: '404 when the key is not the caller\'s' })
  @ApiOperation({ summary: 'Deactivate an API key', description: 'Deactivates a specific API key by its ID. 404 if it is not the caller\'s.' })
  async deactivate(@CurrentUser() user: AuthenticatedUser, @Param('key_id') keyId: string): Promise<MessageResponseDto> {
    await this.commands.execute(new DeactivateApiKeyCommand(user, keyId));
    return { message: 'API key deactivated successfully' };
  }
}
