import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { RecordedEvent } from '@candor/contracts';
import type { WsMessage } from '@candor/contracts/ws/ws-messages';
import type { AudioProcessedMessage, InterviewStartedMessage } from '@candor/contracts/ws/interview-chat-messages';
import {
  AuthenticatedUser,
  CompleteInterviewCommand,
  GetInterviewByInviteQuery,
  GetInterviewQuery,
  GetLastInterviewerMessageQuery,
  GetSpeechLimitsQuery,
  StartInterviewCommand,
  TranscribeAudioQuery,
} from '@candor/application';
import { SendCandidateMessageCommand } from '@candor/application/ai/commands/send-candidate-message.command';
import { TakeInterviewerTurnCommand } from '@candor/application/ai/commands/take-interviewer-turn.command';
import { assessmentStreamId, DomainError, InterviewErrors, interviewStreamId } from '@candor/domain';
import { LiveEventFeed } from '../live-event-feed';
import { WsChannel, WsClient, WsGateway } from '../ws-gateway';
import { perEvent } from '../per-event';
import { interviewChatMessageFor } from './interview-chat-messages';
import { AudioChunks } from './audio-chunks';

const messageFor = perEvent(interviewChatMessageFor);
const MAX_MESSAGE_CHARS = 20_000;

/** Who is on the socket and as whom commands run: an invite bearer acts as the server, which checked its token. */
interface ChatParty {
  readonly interviewId: string;
  readonly actor: AuthenticatedUser | null;
}

/**
 * S3 `/ws/interview/{interview_id}/`: the candidate chats with the AI interviewer. Inbound messages become
 * the interview's commands (every turn is an event); everything a client receives about the interview comes
 * from the event log, so clients on other API instances see the same conversation. Besides an access
 * token (owner, candidate user, superuser), the interview's `invite_token` admits its candidate.
 */
@Injectable()
export class InterviewChatGateway implements WsGateway {
  readonly path = '/ws/interview/:id';
  /** The principals minted for invite tokens, with their token (by identity: a forged look-alike is not in here). */
  private readonly invited = new WeakMap<AuthenticatedUser, string>();

  constructor(
    private readonly feed: LiveEventFeed,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async authenticate(token: string, params: Readonly<Record<string, string>>): Promise<AuthenticatedUser | null> {
    const interview = await this.queries.execute(new GetInterviewByInviteQuery(params.id, token));
    if (!interview) return null;
    const principal: AuthenticatedUser = {
      // One identity per invitation: the per-user connection limit applies to the invite as a whole.
      id: `invite:${interview.id}`,
      email: interview.candidateEmail ?? '',
      username: 'candidate',
      fullName: interview.candidateName ?? 'Candidate',
      role: 'candidate',
      isSuperuser: false,
      isActive: true,
      // The invite token was sent to candidate_email: holding it proves the address for this interview.
      emailVerified: true,
      via: 'jwt',
    };
    this.invited.set(principal, token);
    return principal;
  }

  async open(client: WsClient): Promise<WsChannel> {
    // Listen before the access check so nothing recorded meanwhile is missed (the client holds what it
    // receives until it is admitted, and drops it if it is refused).
    // The conversation is on the interview's stream, its score on the assessment's.
    const relay = (event: RecordedEvent): void => {
      const message = messageFor(event);
      if (message) client.send(message);
    };
    const stopConversation = this.feed.listen(interviewStreamId(client.params.id), relay);
    const stopAssessment = this.feed.listen(assessmentStreamId(client.params.id), relay);
    const unsubscribe = (): void => {
      stopConversation();
      stopAssessment();
    };
    try {
      const invite = this.invited.get(client.user);
      const interview =
        invite !== undefined
          ? await this.queries.execute(new GetInterviewByInviteQuery(client.params.id, invite))
          : await this.queries.execute(new GetInterviewQuery(client.params.id, client.user, 'participate'));
      if (!interview) throw InterviewErrors.notFound();
      const party: ChatParty = { interviewId: interview.id, actor: invite !== undefined ? null : client.user };
      const { maxSttBytes } = await this.queries.execute(new GetSpeechLimitsQuery());
      const audio = new AudioChunks(maxSttBytes);
      return {
        hello: { interview_id: interview.id, status: interview.status },
        onMessage: (message) => this.receive(client, party, audio, message),
        onClose: unsubscribe,
      };
    } catch (error) {
      unsubscribe();
      throw error;
    }
  }

  private async receive(client: WsClient, party: ChatParty, audio: AudioChunks, message: WsMessage): Promise<void> {
    switch (message.type) {
      case 'start_interview':
        return this.start(client, party);
      case 'candidate_message':
        return this.say(party, candidateText(message.content));
      case 'audio_data':
        return this.hear(client, party, audio, message);
      case 'end_interview':
        await this.commands.execute(new CompleteInterviewCommand(party.interviewId, party.actor));
        return;
      default:
        throw new DomainError(
          'WS.UNKNOWN_MESSAGE',
          `Unknown message type "${message.type}": this endpoint accepts start_interview, candidate_message, audio_data, end_interview`,
          'invalid',
        );
    }
  }

  /** Starts the interview and lets the AI open it; a client rejoining a running interview gets the last AI message again. */
  private async start(client: WsClient, party: ChatParty): Promise<void> {
    await this.commands.execute(new StartInterviewCommand(party.interviewId, party.actor));
    const { turn } = await this.commands.execute(new TakeInterviewerTurnCommand(party.interviewId, party.actor));
    if (turn) return; // everyone hears it from the log
    const last = await this.queries.execute(new GetLastInterviewerMessageQuery(party.interviewId, party.actor));
    if (!last) return;
    client.send({
      type: 'interview_started',
      message: last.text,
      timestamp: last.timestamp,
      interview_id: party.interviewId,
      message_id: last.id,
      resumed: true,
    } satisfies InterviewStartedMessage);
  }

  private async say(party: ChatParty, text: string): Promise<void> {
    await this.commands.execute(new SendCandidateMessageCommand(party.interviewId, party.actor, text));
  }

  private async hear(client: WsClient, party: ChatParty, audio: AudioChunks, message: WsMessage): Promise<void> {
    const recording = audio.add(message.audio, message.final !== false);
    client.send({ type: 'audio_processed', status: 'received' } satisfies AudioProcessedMessage);
    if (!recording) return;
    const mimeType = typeof message.mime_type === 'string' ? message.mime_type : undefined;
    const heard = await this.queries.execute(new TranscribeAudioQuery(recording, mimeType));
    const text = heard.text.trim();
    if (!text) throw new DomainError('STT.NO_SPEECH', 'No speech was recognised in the recording', 'invalid');
    client.send({ type: 'audio_processed', status: 'transcribed', text, confidence: heard.confidence, engine: heard.engine } satisfies AudioProcessedMessage);
    await this.say(party, text);
  }
}

function candidateText(content: unknown): string {
  if (typeof content !== 'string' || content.trim() === '') {
    throw new DomainError('WS.INVALID_MESSAGE', 'candidate_message needs content: a non-empty string', 'invalid');
  }
  if (content.length > MAX_MESSAGE_CHARS) {
    throw new DomainError('WS.INVALID_MESSAGE', `candidate_message content must be at most ${MAX_MESSAGE_CHARS} characters`, 'invalid');
  }
  return content;
}
