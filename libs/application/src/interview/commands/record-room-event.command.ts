import { Command } from '@nestjs/cqrs';
import { RoomWebhookEvent } from '../../ports/livekit.port';

/**
 * A verified LiveKit webhook: participant joined/left and room finished are recorded on the interview
 * that owns the room (RecordParticipantJoined/Left, RecordRoomFinished); other kinds and rooms no
 * interview owns are ignored. `recorded` says whether anything was appended (a redelivery appends nothing).
 */
export class RecordRoomEventCommand extends Command<{ interviewId: string | null; recorded: boolean }> {
  constructor(readonly event: RoomWebhookEvent) {
    super();
  }
}
