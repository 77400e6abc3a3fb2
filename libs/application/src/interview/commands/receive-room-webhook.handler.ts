import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LIVEKIT, LiveKitPort } from '../../ports/livekit.port';
import { ReceiveRoomWebhookCommand } from './receive-room-webhook.command';
import { RecordRoomEventCommand } from './record-room-event.command';

@CommandHandler(ReceiveRoomWebhookCommand)
export class ReceiveRoomWebhookHandler implements ICommandHandler<ReceiveRoomWebhookCommand> {
  constructor(
    @Inject(LIVEKIT) private readonly livekit: LiveKitPort,
    private readonly commands: CommandBus,
  ) {}

  async execute(c: ReceiveRoomWebhookCommand): Promise<{ interviewId: string | null; recorded: boolean }> {
    const event = await this.livekit.receiveWebhook(c.rawBody, c.authorization);
    return this.commands.execute(new RecordRoomEventCommand(event));
  }
}
