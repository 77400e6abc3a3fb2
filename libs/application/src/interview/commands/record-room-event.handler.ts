import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordParticipantJoined, RecordParticipantLeft, RecordRoomFinished } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../projections/interviews.projection';
import { runInterviewCommand } from './interview-command-runner';
import { RecordRoomEventCommand } from './record-room-event.command';

type RoomCommand = RecordParticipantJoined | RecordParticipantLeft | RecordRoomFinished;

@CommandHandler(RecordRoomEventCommand)
export class RecordRoomEventHandler implements ICommandHandler<RecordRoomEventCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {}

  async execute({ event }: RecordRoomEventCommand): Promise<{ interviewId: string | null; recorded: boolean }> {
    const command = toCommand(event);
    if (!command) return { interviewId: null, recorded: false };
    const interview = await this.readStore
      .collection<InterviewDocument>(INTERVIEWS_COLLECTION)
      .findOne({ roomName: event.roomName });
    if (!interview) return { interviewId: null, recorded: false };
    const result = await runInterviewCommand<RoomCommand>(this.store, interview.id, null, 'participate', command);
    return { interviewId: interview.id, recorded: result.events.length > 0 };
  }
}

function toCommand(e: RecordRoomEventCommand['event']): Pick<RoomCommand, 'type' | 'data'> | null {
  const participant = {
    webhookId: e.id,
    participantIdentity: e.participantIdentity ?? 'unknown',
    participantName: e.participantName ?? null,
    occurredAt: e.occurredAt,
  };
  switch (e.kind) {
    case 'participant_joined':
      return { type: 'RecordParticipantJoined', data: participant };
    case 'participant_left':
      return { type: 'RecordParticipantLeft', data: participant };
    case 'room_finished':
      return { type: 'RecordRoomFinished', data: { webhookId: e.id, occurredAt: e.occurredAt } };
    default:
      return null;
  }
}
