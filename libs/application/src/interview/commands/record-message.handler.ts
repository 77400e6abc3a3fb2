import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordMessage } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { RecordMessageCommand } from './record-message.command';

@CommandHandler(RecordMessageCommand)
export class RecordMessageHandler implements ICommandHandler<RecordMessageCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: RecordMessageCommand): Promise<{ messageId: string }> {
    const messageId = randomUUID();
    await runInterviewCommand<RecordMessage>(this.store, c.interviewId, c.actor, 'participate', {
      type: 'RecordMessage',
      data: { messageId, speaker: c.speaker, text: c.text },
    });
    return { messageId };
  }
}
