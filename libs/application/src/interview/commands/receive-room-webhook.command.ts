import { Command } from '@nestjs/cqrs';

/**
 * A LiveKit webhook as it arrived: the exact body bytes and the Authorization header that signs them.
 * Verified through the LiveKit port (a forged one is refused, 401), then recorded as RecordRoomEventCommand.
 */
export class ReceiveRoomWebhookCommand extends Command<{ interviewId: string | null; recorded: boolean }> {
  constructor(
    readonly rawBody: string,
    readonly authorization: string | undefined,
  ) {
    super();
  }
}
