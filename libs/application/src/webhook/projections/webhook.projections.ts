import { Projection } from '../../projections/projection';
import { webhookDeliveriesProjection } from './webhook-deliveries.projection';
import { webhooksProjection } from './webhooks.projection';

export const WEBHOOK_PROJECTIONS: readonly Projection[] = [webhooksProjection, webhookDeliveriesProjection];
