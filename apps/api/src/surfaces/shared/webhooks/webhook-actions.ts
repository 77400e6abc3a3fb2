import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  AuthenticatedUser,
  CreateWebhookCommand,
  DeleteWebhookCommand,
  GetWebhookQuery,
  ListWebhookDeliveriesQuery,
  ListWebhooksQuery,
  ReplayWebhookDeliveryCommand,
} from '@candor/application';
import { CreateWebhookDto } from './create-webhook.dto';
import { toWebhookDelivery, toWebhookResponse } from './webhook.mapper';
import { CreatedWebhookResponseDto, WebhookDeliveryDto, WebhookResponseDto } from './webhook.response.dto';

/**
 * The steps of the webhook routes S1 (`/api/v1/webhooks`) and S3 (`/api/webhooks/`) serve alike: written once here,
 * each controller only adds its route, its paging and its response shape.
 */

/** One slice of a list and the size of the whole list. */
export interface WebhookListSlice<T> {
  readonly items: T[];
  readonly total: number;
}

/** Subscribes the URL; the answer carries the signing secret, the only time it is shown. */
export async function createWebhook(
  commands: CommandBus,
  queries: QueryBus,
  user: AuthenticatedUser,
  body: CreateWebhookDto,
): Promise<CreatedWebhookResponseDto> {
  const { webhookId, secret } = await commands.execute(new CreateWebhookCommand(user, body.url, body.events, body.description ?? null));
  return { ...(await getWebhook(queries, user, webhookId)), secret };
}

export async function getWebhook(queries: QueryBus, user: AuthenticatedUser, webhookId: string): Promise<WebhookResponseDto> {
  return toWebhookResponse(await queries.execute(new GetWebhookQuery(webhookId, user)));
}

/** The caller's webhooks, newest first. */
export async function listWebhooks(queries: QueryBus, user: AuthenticatedUser, skip: number, limit: number): Promise<WebhookListSlice<WebhookResponseDto>> {
  const { items, total } = await queries.execute(new ListWebhooksQuery(user, skip, limit));
  return { items: items.map(toWebhookResponse), total };
}

export async function deleteWebhook(commands: CommandBus, user: AuthenticatedUser, webhookId: string): Promise<void> {
  await commands.execute(new DeleteWebhookCommand(webhookId, user));
}

/** The webhook's delivery log, newest first. */
export async function listWebhookDeliveries(
  queries: QueryBus,
  user: AuthenticatedUser,
  webhookId: string,
  skip: number,
  limit: number,
): Promise<WebhookListSlice<WebhookDeliveryDto>> {
  const { items, total } = await queries.execute(new ListWebhookDeliveriesQuery(webhookId, user, skip, limit));
  return { items: items.map(toWebhookDelivery), total };
}

/** Sends a delivery again as a new delivery with the same payload; the new delivery's id. */
export async function replayWebhookDelivery(commands: CommandBus, user: AuthenticatedUser, webhookId: string, deliveryId: string): Promise<string> {
  const { deliveryId: replayed } = await commands.execute(new ReplayWebhookDeliveryCommand(webhookId, deliveryId, user));
  return replayed;
}

/** One delivery, looked for among the webhook's newest 1000 (the newest of them when it is not there). */
export async function getWebhookDelivery(queries: QueryBus, user: AuthenticatedUser, webhookId: string, deliveryId: string): Promise<WebhookDeliveryDto> {
  const { items } = await queries.execute(new ListWebhookDeliveriesQuery(webhookId, user, 0, 1000));
  return toWebhookDelivery(items.find((d) => d.id === deliveryId) ?? items[0]);
}
