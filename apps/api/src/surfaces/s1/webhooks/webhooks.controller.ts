import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { CreateWebhookDto } from '../../shared/webhooks/create-webhook.dto';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  getWebhookDelivery,
  listWebhookDeliveries,
  listWebhooks,
  replayWebhookDelivery,
} from '../../shared/webhooks/webhook-actions';
import { CreatedWebhookResponseDto, WebhookDeliveryDto, WebhookResponseDto } from '../../shared/webhooks/webhook.response.dto';
import { ListInterviewsQueryDto as SkipLimitQueryDto } from '../interviews/list-interviews.query.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S1 `/api/v1/webhooks`: signed webhooks on S1's conventions (`skip`/`limit`, `{detail, status_code}` errors). */
@ApiTags('S1 webhooks')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/webhooks')
export class S1WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Subscribe a URL to events; the answer carries the signing secret, once' })
  @ApiOkResponse({ type: CreatedWebhookResponseDto })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateWebhookDto): Promise<CreatedWebhookResponseDto> {
    return createWebhook(this.commands, this.queries, user, body);
  }

  @Get()
  @ApiOperation({ summary: "The caller's webhooks, newest first" })
  @ApiOkResponse({ type: [WebhookResponseDto] })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: SkipLimitQueryDto): Promise<WebhookResponseDto[]> {
    return (await listWebhooks(this.queries, user, query.skip, query.limit)).items;
  }

  @Get(':webhook_id')
  @ApiOperation({ summary: 'One webhook (403 not yours, 404 unknown)' })
  @ApiOkResponse({ type: WebhookResponseDto })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string): Promise<WebhookResponseDto> {
    return getWebhook(this.queries, user, id);
  }

  @Delete(':webhook_id')
  @ApiOperation({ summary: 'Delete a webhook: no more deliveries (its log stays in the event log)' })
  @ApiOkResponse({ type: MessageResponseDto })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string): Promise<MessageResponseDto> {
    await deleteWebhook(this.commands, user, id);
    return { message: 'Webhook deleted successfully' };
  }

  @Get(':webhook_id/deliveries')
  @ApiOperation({ summary: 'The delivery log: each delivery with every attempt and the answer it got, newest first' })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  async deliveries(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string, @Query() query: SkipLimitQueryDto): Promise<WebhookDeliveryDto[]> {
    return (await listWebhookDeliveries(this.queries, user, id, query.skip, query.limit)).items;
  }

  @Post(':webhook_id/deliveries/:delivery_id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a delivery again by hand (a new delivery with the same payload)' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  async replay(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string, @Param('delivery_id') deliveryId: string): Promise<WebhookDeliveryDto> {
    const replayed = await replayWebhookDelivery(this.commands, user, id, deliveryId);
    return getWebhookDelivery(this.queries, user, id, replayed);
  }
}
