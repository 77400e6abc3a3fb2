import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { CodeUpdateRequest, WsMessage } from '@candor/contracts/ws/ws-messages';
import { GetInterviewQuery, UpdateCodeCommand } from '@candor/application';
import { DomainError, interviewStreamId } from '@candor/domain';
import { LiveEventFeed } from '../live-event-feed';
import { WsChannel, WsClient, WsGateway } from '../ws-gateway';
import { perEvent } from '../per-event';
import { sessionMessageFor } from './session-messages';

const messageFor = perEvent(sessionMessageFor);

/**
 * S0 `/ws/session/{session_id}`: the interview's participants (owner, superuser, candidate) see each
 * other's code updates and every execution result. A client's own `code_update` is recorded on the
 * interview and relayed to the others; the sender gets no echo of it (its other connections do).
 */
@Injectable()
export class SessionGateway implements WsGateway {
  readonly path = '/ws/session/:id';

  constructor(
    private readonly queries: QueryBus,
    private readonly feed: LiveEventFeed,
    private readonly commands: CommandBus,
  ) {}

  async open(client: WsClient): Promise<WsChannel> {
    // Listen before the access check so nothing recorded meanwhile is missed (the client holds what it
    // receives until it is admitted, and drops it if it is refused).
    const unsubscribe = this.feed.listen(interviewStreamId(client.params.id), (event) => {
      if (event.type === 'CodeUpdated' && client.caused(event)) return;
      const message = messageFor(event);
      if (message) client.send(message);
    });
    try {
      const interview = await this.queries.execute(new GetInterviewQuery(client.params.id, client.user, 'participate'));
      return {
        hello: { session_id: interview.id },
        onMessage: (message) => this.receive(client, interview.id, message),
        onClose: unsubscribe,
      };
    } catch (error) {
      unsubscribe();
      throw error;
    }
  }

  private async receive(client: WsClient, interviewId: string, message: WsMessage): Promise<void> {
    if (message.type !== 'code_update') {
      throw new DomainError('WS.UNKNOWN_MESSAGE', `Unknown message type "${message.type}": this endpoint accepts code_update`, 'invalid');
    }
    const data = (message as Partial<CodeUpdateRequest>).data as { code?: unknown; language?: unknown } | undefined;
    if (typeof data !== 'object' || data === null || typeof data.code !== 'string' || typeof data.language !== 'string') {
      throw new DomainError('WS.INVALID_MESSAGE', 'code_update needs data: {code: string, language: string}', 'invalid');
    }
    await this.commands.execute(new UpdateCodeCommand(interviewId, client.user, data.code, data.language));
  }
}
