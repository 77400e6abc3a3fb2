import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { InterviewStatusMessage } from '@candor/contracts/ws/ws-messages';
import { GetInterviewQuery, isAdmin, RecordAuditReadCommand } from '@candor/application';
import { interviewStreamId } from '@candor/domain';
import { LiveEventFeed } from '../live-event-feed';
import { WsChannel, WsClient, WsGateway } from '../ws-gateway';
import { perEvent } from '../per-event';
import { InterviewStatusChange, statusChangeOf } from './interview-status-change';

const messageFor = perEvent((event) => {
  const change = statusChangeOf(event);
  return change ? interviewStatusMessage(change) : null;
});

/** S4 `/ws/interview/{interview_id}/status`: whoever may see the interview hears its status changes. */
@Injectable()
export class InterviewStatusGateway implements WsGateway {
  readonly path = '/ws/interview/:id/status';

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly feed: LiveEventFeed,
  ) {}

  async open(client: WsClient): Promise<WsChannel> {
    // Listen before reading the status so no change falls between the two (the client holds what it
    // receives until it is admitted, and drops it if it is refused).
    const unsubscribe = this.feed.listen(interviewStreamId(client.params.id), (event) => {
      const message = messageFor(event);
      if (message) client.send(message);
    });
    try {
      // An auditor watching an interview is a read like any other: recorded before anything is sent.
      if (client.user.role === 'auditor' && !isAdmin(client.user)) {
        await this.commands.execute(new RecordAuditReadCommand(client.user, `/ws/interview/${client.params.id}/status`, 'WS', null));
      }
      const interview = await this.queries.execute(new GetInterviewQuery(client.params.id, client.user, 'view'));
      return { hello: { interview_id: interview.id, status: interview.status }, onClose: unsubscribe };
    } catch (error) {
      unsubscribe();
      throw error;
    }
  }
}

export function interviewStatusMessage(change: InterviewStatusChange): InterviewStatusMessage {
  return {
    type: 'interview_status',
    data: {
      interview_id: change.interviewId,
      status: change.status,
      timestamp: change.timestamp,
      ...(change.scheduledAt !== undefined ? { scheduled_at: change.scheduledAt } : {}),
      ...(change.reason !== undefined ? { reason: change.reason } : {}),
    },
  };
}
