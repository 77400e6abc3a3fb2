import { Inject, Injectable } from '@nestjs/common';
import { comparePositions, RecordedEvent } from '@candor/contracts';
import { InterviewCreated, interviewStreamId, isAssessmentStreamId, webhookDecider, WebhookDeliveryQueued, webhookStreamId } from '@candor/domain';
import { randomUUID } from 'node:crypto';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { accountClaimOf } from '../../identity/account-claim';
import { isInterviewEvent } from '../../interview/projections/interview-events';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { PROJECTION_PROGRESS, ProjectionProgress } from '../../projections/projection-progress';
import { WEBHOOKS_COLLECTION, WebhookDocument } from '../projections/webhooks.projection';
import { WebhookSecretSealer } from '../webhook-secret-sealer';
import { WEBHOOK_OPTIONS, WebhookOptions } from './webhook-delivery.job';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { webhookTriggers } from './webhook-triggers';

/** Its checkpoint sits beside the projections'. */
export const WEBHOOK_REACTOR = 'reactor:webhooks';

/** How long a claim's reaction waits for the webhooks read model to reach the claim before it is retried. */
const CLAIM_READ_MODEL_WAIT_MS = 5_000;

const TRIGGERS = new Set(['CandidateCreated', 'InterviewCreated', 'InterviewScheduled', 'InterviewStarted', 'InterviewCompleted', 'InterviewScored', 'InterviewAssessed']);

/**
 * From the log: a triggering event becomes a queued delivery on each of its owner's webhooks that subscribe
 * to it (once per cause: the decider ignores a cause already queued), and every queued delivery gets its
 * attempt job. An account claim deletes the webhooks of the account's earlier holder. Run by a LogReactor, in
 * log order from its checkpoint: no event after a claim reaches a webhook from before it.
 */
@Injectable()
export class WebhookReactor {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
    private readonly worker: WebhookDeliveryWorker,
    private readonly secrets: WebhookSecretSealer,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
  ) {}

  async react(event: RecordedEvent): Promise<void> {
    const claim = accountClaimOf(event);
    if (claim) return this.deleteWebhooksBefore(claim.userId, event);
    if (event.type === 'WebhookDeliveryQueued') {
      const d = (event as unknown as WebhookDeliveryQueued).data;
      await this.worker.resume(d.webhookId, d.deliveryId, this.store.commandMetadata().now);
      return;
    }
    if (!TRIGGERS.has(event.type)) return;
    const { ownerId, created } = await this.ownerOf(event);
    if (!ownerId) return;
    const triggers = webhookTriggers(event, created, this.options.publicUrl);
    if (triggers.length === 0) return;
    const hooks = await this.reads.collection<WebhookDocument>(WEBHOOKS_COLLECTION).find({ ownerId });
    for (const hook of hooks.filter((h) => comparePositions(event.position, h.createdPosition) > 0)) {
      for (const trigger of triggers.filter((t) => hook.events.includes(t.eventType))) {
        await this.store.execute(webhookStreamId(hook.id), webhookDecider, {
          type: 'QueueWebhookDelivery',
          metadata: this.store.commandMetadata(),
          data: { deliveryId: randomUUID(), eventType: trigger.eventType, sourceKey: `${event.id}:${trigger.eventType}`, payload: trigger.data },
        });
      }
    }
  }

  /**
   * The owner of the address claimed the account: every webhook created before the claim was the earlier
   * holder's, delivering the account's events to an address they chose. Deleted as DeleteWebhook does (its
   * signing key destroyed); those the owner created since stay. A replay finds them deleted and decides nothing.
   */
  private async deleteWebhooksBefore(ownerId: string, claim: RecordedEvent): Promise<void> {
    // The read model must hold every webhook created before the claim; behind it, the reaction is retried.
    if (!(await this.progress.waitFor(claim.position, CLAIM_READ_MODEL_WAIT_MS))) throw new Error('webhooks read model behind an account claim');
    const hooks = await this.reads.collection<WebhookDocument>(WEBHOOKS_COLLECTION).find({ ownerId });
    for (const hook of hooks.filter((h) => comparePositions(h.createdPosition, claim.position) < 0)) {
      const streamId = webhookStreamId(hook.id);
      if (!(await this.store.load(streamId, webhookDecider)).state.deleted) {
        await this.store.execute(streamId, webhookDecider, { type: 'DeleteWebhook', metadata: this.store.commandMetadata(), data: {} });
      }
      await this.secrets.destroy(hook.id);
    }
  }

  private async ownerOf(event: RecordedEvent): Promise<{ ownerId: string | null; created: InterviewCreated | null }> {
    if (event.type === 'CandidateCreated') return { ownerId: String(event.data.ownerId), created: null };
    // An assessment event belongs to the interview of the same id: its creation names the owner.
    const interviewStream = isInterviewEvent(event) ? event.streamId : isAssessmentStreamId(event.streamId) ? interviewStreamId(String(event.data.interviewId)) : null;
    if (!interviewStream) return { ownerId: null, created: null };
    const first = event.type === 'InterviewCreated' ? event : (await this.events.readStream(interviewStream, { maxCount: 1 }))[0];
    if (!first || first.type !== 'InterviewCreated') return { ownerId: null, created: null };
    const created = first as unknown as InterviewCreated;
    return { ownerId: created.data.ownerId, created };
  }
}
