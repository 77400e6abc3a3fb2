import { WebhookDeliveryDocument, WebhookDocument } from '@candor/application';
import { WebhookDeliveryDto, WebhookResponseDto } from './webhook.response.dto';

export function toWebhookResponse(doc: WebhookDocument): WebhookResponseDto {
  return {
    id: doc.id,
    url: doc.url,
    events: [...doc.events],
    description: doc.description,
    is_active: true,
    delivery_count: doc.deliveryCount,
    last_delivery_at: doc.lastDeliveryAt,
    created_at: doc.createdAt,
  };
}

export function toWebhookDelivery(doc: WebhookDeliveryDocument): WebhookDeliveryDto {
  return {
    id: doc.id,
    webhook_id: doc.webhookId,
    event: doc.eventType,
    status: doc.status,
    payload: doc.payload,
    replay_of: doc.replayOf,
    attempts: doc.attempts.map((a) => ({
      attempt: a.attempt,
      attempted_at: a.attemptedAt,
      status_code: a.statusCode,
      response_body: a.responseBody,
      error: a.error,
      duration_ms: a.durationMs,
      outcome: a.outcome,
      next_attempt_at: a.nextAttemptAt,
    })),
    created_at: doc.queuedAt,
    updated_at: doc.updatedAt,
  };
}
