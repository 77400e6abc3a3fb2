import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { RecordedEvent } from '@candor/contracts';
import type { NotificationMessage } from '@candor/contracts/ws/ws-messages';
import { GetInterviewPartiesQuery } from '@candor/application';
import { DomainError, INTERVIEW_STREAM_PREFIX, InterviewCreated } from '@candor/domain';
import { LiveEventFeed } from '../live-event-feed';
import { WsChannel, WsClient, WsGateway } from '../ws-gateway';
import { InterviewStatusChange, statusChangeOf } from '../interview-status/interview-status-change';

interface Parties {
  readonly ownerId: string;
  readonly candidateEmail: string | null;
  readonly title: string | null;
}

/**
 * S4 `/ws/user/{user_id}/notifications`: only that user; relays the status changes of the interviews the
 * user owns or is the candidate of. One feed listener serves every connection of this process.
 */
@Injectable()
export class UserNotificationsGateway implements WsGateway {
  readonly path = '/ws/user/:userId/notifications';
  private readonly byUserId = new Map<string, Set<WsClient>>();
  private readonly byEmail = new Map<string, Set<WsClient>>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly queries: QueryBus,
    private readonly feed: LiveEventFeed,
  ) {}

  async open(client: WsClient): Promise<WsChannel> {
    if (client.params.userId !== client.user.id) {
      throw new DomainError('WS.FORBIDDEN', "Not enough permissions: these are another user's notifications", 'forbidden');
    }
    // Only a verified address receives the notifications of interviews addressed to it.
    const email = client.user.emailVerified ? client.user.email.toLowerCase() : null;
    add(this.byUserId, client.user.id, client);
    if (email) add(this.byEmail, email, client);
    this.unsubscribe ??= this.feed.listenAll((event) => this.relay(event));
    return {
      hello: { user_id: client.user.id },
      onClose: () => {
        remove(this.byUserId, client.user.id, client);
        if (email) remove(this.byEmail, email, client);
        if (this.byUserId.size === 0) {
          this.unsubscribe?.();
          this.unsubscribe = null;
        }
      },
    };
  }

  private async relay(event: RecordedEvent): Promise<void> {
    if (!event.streamId.startsWith(INTERVIEW_STREAM_PREFIX)) return;
    const change = statusChangeOf(event);
    if (!change) return;
    const parties = await this.partiesOf(event, change.interviewId);
    if (!parties) return;
    const recipients = new Set([
      ...(this.byUserId.get(parties.ownerId) ?? []),
      ...(parties.candidateEmail ? (this.byEmail.get(parties.candidateEmail.toLowerCase()) ?? []) : []),
    ]);
    if (recipients.size === 0) return;
    const message = notificationOf(event.id, change, parties.title);
    for (const client of recipients) client.send(message);
  }

  /** A new interview names its parties itself; later events are looked up in the interviews read model. */
  private async partiesOf(event: RecordedEvent, interviewId: string): Promise<Parties | null> {
    if (event.type === 'InterviewCreated') {
      const data = (event as unknown as InterviewCreated).data;
      return { ownerId: data.ownerId, candidateEmail: data.details.candidateEmail, title: data.details.title };
    }
    return this.queries.execute(new GetInterviewPartiesQuery(interviewId));
  }
}

export function notificationOf(eventId: string, change: InterviewStatusChange, title: string | null): NotificationMessage {
  const name = title ? `Interview "${title}"` : 'An interview';
  const text: Record<InterviewStatusChange['status'], string> = {
    pending: `${name} was created`,
    scheduled: `${name} is scheduled${change.scheduledAt ? ` for ${change.scheduledAt}` : ''}`,
    in_progress: `${name} has started`,
    completed: `${name} is completed`,
    cancelled: `${name} was ${change.withdrawn ? 'withdrawn by the candidate' : 'cancelled'}${change.reason ? `: ${change.reason}` : ''}`,
  };
  return {
    type: 'notification',
    data: {
      id: eventId,
      kind: 'interview_status',
      interview_id: change.interviewId,
      title,
      status: change.status,
      message: text[change.status],
      timestamp: change.timestamp,
    },
  };
}

function add(index: Map<string, Set<WsClient>>, key: string, client: WsClient): void {
  let clients = index.get(key);
  if (!clients) index.set(key, (clients = new Set()));
  clients.add(client);
}

function remove(index: Map<string, Set<WsClient>>, key: string, client: WsClient): void {
  const clients = index.get(key);
  clients?.delete(client);
  if (clients?.size === 0) index.delete(key);
}
