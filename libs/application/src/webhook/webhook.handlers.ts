import { CreateWebhookHandler } from './commands/create-webhook.handler';
import { DeleteWebhookHandler } from './commands/delete-webhook.handler';
import { ReplayWebhookDeliveryHandler } from './commands/replay-webhook-delivery.handler';
import { GetWebhookHandler, ListWebhookDeliveriesHandler, ListWebhooksHandler } from './queries/webhook-queries.handlers';

export const WEBHOOK_COMMAND_HANDLERS = [CreateWebhookHandler, DeleteWebhookHandler, ReplayWebhookDeliveryHandler];

export const WEBHOOK_QUERY_HANDLERS = [GetWebhookHandler, ListWebhooksHandler, ListWebhookDeliveriesHandler];
