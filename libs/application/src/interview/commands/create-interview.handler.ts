import { randomUUID } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CreateInterview, EMPTY_DETAILS, initialInterviewState, interviewDecider, interviewStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { newInviteToken, newRoomName, newSessionCode } from '../interview-codes';
import { INTERVIEW_LINK_BASE_URL, interviewLink } from '../interview-links';
import { CreateInterviewCommand } from './create-interview.command';
import { reserveSessionCode } from './reserve-session-code';

@CommandHandler(CreateInterviewCommand)
export class CreateInterviewHandler implements ICommandHandler<CreateInterviewCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Optional() @Inject(INTERVIEW_LINK_BASE_URL) private readonly linkBaseUrl: string | null,
  ) {}

  async execute(command: CreateInterviewCommand): Promise<{ interviewId: string }> {
    const interviewId = randomUUID();
    const metadata = this.store.commandMetadata();
    const create: CreateInterview = {
      type: 'CreateInterview',
      metadata,
      data: {
        interviewId,
        ownerId: command.owner.id,
        details: { ...EMPTY_DETAILS, ...definedOnly(command.details) },
        scheduledAt: command.scheduledAt,
        sessionCode: newSessionCode(),
        roomName: newRoomName(),
        inviteToken: newInviteToken(),
        interviewLink: interviewLink(this.linkBaseUrl, interviewId),
      },
    };
    // Decide once on the empty state first: an invalid interview must not burn a session code.
    interviewDecider.decide(create, initialInterviewState());
    const sessionCode = await reserveSessionCode(this.store, interviewId, metadata.now, newSessionCode);
    await this.store.execute(interviewStreamId(interviewId), interviewDecider, { ...create, data: { ...create.data, sessionCode } }, { retries: 0 });
    return { interviewId };
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
