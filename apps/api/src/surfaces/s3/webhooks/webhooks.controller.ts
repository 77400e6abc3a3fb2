import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { CreateWebhookDto } from '../../shared/webhooks/create-webhook.dto';
import { createWebhook, deleteWebhook, getWebhook, listWebhookDeliveries, listWebhooks, replayWebhookDelivery } from '../../shared/webhooks/webhook-actions';
import { S3PageQueryDto, pageSkip, s3Page } from '../shared/s3-page';
import { withS3Id } from './webhook.mapper';
import { S3CreatedWebhookDto, S3WebhookDeliveryListDto, S3WebhookDto, S3WebhookListDto, S3WebhookReplayDto } from './webhook.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S3 `/api/webhooks/` (seed 003 "Webhooks (Future Feature)"): S3's conventions (`_id`, `{count,next,previous,results}`). */
@ApiTags('S3 webhooks')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/webhooks')
export class S3WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Subscribe a URL to events; the answer carries the signing secret, once' })
  @ApiCreatedResponse({ type: S3CreatedWebhookDto })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateWebhookDto): Promise<S3CreatedWebhookDto> {
    return withS3Id(await createWebhook(this.commands, this.queries, user, body));
  }

  @Get()
  @ApiOperation({ summary: "The caller's webhooks, newest first" })
  @ApiOkResponse({ type: S3WebhookListDto })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: S3PageQueryDto, @Req() request: FastifyRequest): Promise<S3WebhookListDto> {
    const { items, total } = await listWebhooks(this.queries, user, pageSkip(query), query.page_size);
    return s3Page(request, query, items.map(withS3Id), total);
  }

  @Get(':webhook_id')
  @ApiOperation({ summary: 'One webhook (403 not yours, 404 unknown)' })
  @ApiOkResponse({ type: S3WebhookDto })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string): Promise<S3WebhookDto> {
    return withS3Id(await getWebhook(this.queries, user, id));
  }

  @Delete(':webhook_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook: no more deliveries (its log stays in the event log)' })
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string): Promise<void> {
    await deleteWebhook(this.commands, user, id);
  }

  @Get(':webhook_id/deliveries')
  @ApiOperation({ summary: 'The delivery log: each delivery with every attempt and the answer it got, newest first' })
  @ApiOkResponse({ type: S3WebhookDeliveryListDto })
  async deliveries(
    @CurrentUser() user: AuthenticatedUser,
    @Param('webhook_id') id: string,
    @Query() query: S3PageQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<S3WebhookDeliveryListDto> {
    const { items, total } = await listWebhookDeliveries(this.queries, user, id, pageSkip(query), query.page_size);
    return s3Page(request, query, items.map(withS3Id), total);
  }

  @Post(':webhook_id/deliveries/:delivery_id/replay')
  @HttpCode(201)
  @ApiOperation({ summary: 'Send a delivery again by hand (a new delivery with the same payload)' })
  @ApiCreatedResponse({ type: S3WebhookReplayDto })
  async replay(@CurrentUser() user: AuthenticatedUser, @Param('webhook_id') id: string, @Param('delivery_id') deliveryId: string): Promise<S3WebhookReplayDto> {
    return { _id: await replayWebhookDelivery(this.commands, user, id, deliveryId), replay_of: deliveryId };
  }
}
