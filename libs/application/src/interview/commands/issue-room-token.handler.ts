import { randomUUID } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { LIVEKIT, LiveKitPort } from '../../ports/livekit.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { assertMayAct, isOwnerOrAdmin } from '../interview-access';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../projections/interviews.projection';
import { loadVisibleInterview } from '../queries/load-visible-interview';
import { IssuedRoomToken, IssueRoomTokenCommand } from './issue-room-token.command';

@CommandHandler(IssueRoomTokenCommand)
export class IssueRoomTokenHandler implements ICommandHandler<IssueRoomTokenCommand> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Optional() @Inject(LIVEKIT) private readonly livekit: LiveKitPort | null,
  ) {}

  async execute(c: IssueRoomTokenCommand): Promise<IssuedRoomToken> {
    const interview = await this.findInterview(c);
    const { identity, name, role } = participantOf(interview, c);
    if (!this.livekit) {
      throw new DomainError('LIVEKIT.UNAVAILABLE', 'Real-time rooms are not available on this server', 'unavailable');
    }
    await this.livekit.ensureRoom(interview.roomName);
    const token = await this.livekit.issueToken({
      roomName: interview.roomName,
      identity,
      name,
      role,
      ...(c.options.canPublish !== undefined ? { canPublish: c.options.canPublish } : {}),
      ...(c.options.canSubscribe !== undefined ? { canSubscribe: c.options.canSubscribe } : {}),
    });
    return {
      interviewId: interview.id,
      roomName: interview.roomName,
      token: token.token,
      url: token.url,
      expiresAt: token.expiresAt,
      identity,
      participantName: name,
      role,
    };
  }

  private async findInterview(c: IssueRoomTokenCommand): Promise<InterviewDocument> {
    if ('interviewId' in c.target) return loadVisibleInterview(this.store, c.target.interviewId, c.viewer, 'participate');
    const doc = await this.store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ roomName: c.target.roomName });
    if (!doc) throw new DomainError('LIVEKIT.ROOM_NOT_FOUND', `No interview uses the room ${c.target.roomName}`, 'not_found');
    assertMayAct(doc, c.viewer, 'participate');
    return doc;
  }
}

function participantOf(
  interview: InterviewDocument,
  c: IssueRoomTokenCommand,
): { identity: string; name: string; role: 'host' | 'guest' } {
  const viewer: AuthenticatedUser = c.viewer;
  const given = c.options.participantName?.trim();
  if (c.options.participant === 'candidate') {
    const name = given || interview.candidateName || interview.candidateEmail || 'Candidate';
    return { identity: `candidate-${interview.id}`, name, role: 'guest' };
  }
  const privileged = isOwnerOrAdmin(interview, viewer);
  const requested = c.options.role ?? 'auto';
  if (requested === 'host' && !privileged) {
    throw new DomainError('LIVEKIT.HOST_FORBIDDEN', "Only the interview's owner or a superuser may join as host", 'forbidden');
  }
  // A host's grant is full, so a caller who restricts publishing or subscribing joins as a guest.
  const restricted = c.options.canPublish === false || c.options.canSubscribe === false;
  const role = requested === 'auto' ? (privileged && !restricted ? 'host' : 'guest') : requested;
  const name = given || viewer.fullName || viewer.email;
  // An owner explicitly asking for a guest token hands it to someone else: that guest gets an identity of its own.
  const identity = requested === 'guest' && privileged ? `guest-${randomUUID()}` : viewer.id;
  return { identity, name, role };
}
