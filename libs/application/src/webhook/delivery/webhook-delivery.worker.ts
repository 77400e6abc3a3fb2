import { Inject, Injectable } from '@nestjs/common';
import { retryDelayMs, webhookDecider, WebhookErrors, webhookStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { JOB_QUEUE, JobQueue } from '../../ports/job-queue.port';
import { WEBHOOK_SENDER, WebhookDestinationRefused, WebhookSender, WebhookSendError } from '../../ports/webhook-sender.port';
import { WebhookSecretSealer } from '../webhook-secret-sealer';
import { SIGNATURE_HEADER, signWebhook } from '../webhook-signature';
import { WEBHOOK_DELIVERY_QUEUE, WEBHOOK_OPTIONS, webhookAttemptJobId, WebhookDeliveryJob, WebhookOptions } from './webhook-delivery.job';

/**
 * Runs one attempt: signs the delivery's body with the webhook's secret (opened only here, for the signature),
 * posts it, records the attempt and its answer as an event, and when the decider says "retrying" queues the
 * next attempt after the backoff. A destination the sender refuses is recorded as a failed attempt, not retried.
 */
@Injectable()
export class WebhookDeliveryWorker {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(WEBHOOK_SENDER) private readonly sender: WebhookSender,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
    private readonly secrets: WebhookSecretSealer,
  ) {}

  register(): void {
    this.queue.process<WebhookDeliveryJob, void>(WEBHOOK_DELIVERY_QUEUE, this.options.workers, (job) => this.attempt(job));
  }

  /** Queues attempt `attempt` of a delivery, after `delayMs`. */
  schedule(job: WebhookDeliveryJob, delayMs = 0): Promise<void> {
    return this.queue.enqueue<WebhookDeliveryJob>(WEBHOOK_DELIVERY_QUEUE, job, {
      jobId: webhookAttemptJobId(job.deliveryId, job.attempt),
      delayMs,
      timeoutMs: this.options.timeoutMs + 30_000,
    });
  }

  /**
   * Queues whatever a delivery still needs: its first attempt, or the next one of a delivery that was
   * retrying (after a restart the queue may have lost it), at the time the last attempt set.
   */
  async resume(webhookId: string, deliveryId: string, now: string): Promise<void> {
    const { state } = await this.store.load(webhookStreamId(webhookId), webhookDecider);
    const delivery = state.deliveries[deliveryId];
    if (!delivery || state.deleted || (delivery.outcome !== 'pending' && delivery.outcome !== 'retrying')) return;
    const delayMs = delivery.nextAttemptAt ? Math.max(0, Date.parse(delivery.nextAttemptAt) - Date.parse(now)) : 0;
    await this.schedule({ webhookId, deliveryId, attempt: delivery.attempts + 1 }, delayMs);
  }

  async attempt(job: WebhookDeliveryJob): Promise<void> {
    const streamId = webhookStreamId(job.webhookId);
    const { state } = await this.store.load(streamId, webhookDecider);
    const delivery = state.deliveries[job.deliveryId];
    if (!state.exists || !delivery) throw WebhookErrors.deliveryNotFound();
    // Deleted since, finished, or this attempt already made (a redelivered job): nothing to send.
    if (state.deleted || delivery.outcome === 'succeeded' || delivery.outcome === 'failed' || delivery.attempts >= job.attempt) return;
    const signedAt = this.store.commandMetadata().now;
    const body = JSON.stringify({ id: job.deliveryId, type: delivery.eventType, created_at: delivery.queuedAt, attempt: job.attempt, data: delivery.payload });
    const timestamp = Math.floor(Date.parse(signedAt) / 1000);
    const started = Date.now();
    let statusCode: number | null = null;
    let responseBody: string | null = null;
    let error: string | null = null;
    let refused = false;
    const secret = await this.secrets.open(state.storedSecret);
    try {
      if (secret === null) throw new WebhookDestinationRefused('not sent: the signing secret of this webhook is no longer readable');
      const response = await this.sender.send({
        url: state.url as string,
        body,
        timeoutMs: this.options.timeoutMs,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Candor-Webhooks/1',
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
          'X-Candor-Event': delivery.eventType,
          'X-Candor-Delivery': job.deliveryId,
        },
      });
      statusCode = response.statusCode;
      responseBody = response.body;
    } catch (e) {
      if (!(e instanceof WebhookSendError)) throw e;
      error = e.message;
      refused = e instanceof WebhookDestinationRefused;
    }
    const { events } = await this.store.execute(streamId, webhookDecider, {
      type: 'RecordWebhookAttempt',
      metadata: this.store.commandMetadata(),
      data: { deliveryId: job.deliveryId, attempt: job.attempt, statusCode, responseBody, error, durationMs: Date.now() - started, retry: this.options.retry, refused },
    });
    const recorded = events.find((e) => e.type === 'WebhookDeliveryAttempted');
    if (recorded?.type === 'WebhookDeliveryAttempted' && recorded.data.outcome === 'retrying') {
      await this.schedule({ ...job, attempt: job.attempt + 1 }, retryDelayMs(this.options.retry, job.attempt));
    }
  }
}
