import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UpdateInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { UpdateInterviewCommand } from './update-interview.command';

@CommandHandler(UpdateInterviewCommand)
export class UpdateInterviewHandler implements ICommandHandler<UpdateInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: UpdateInterviewCommand): Promise<void> {
    await runInterviewCommand<UpdateInterview>(this.store, c.interviewId, c.actor, 'manage', {
      type: 'UpdateInterview',
      data: {
        changes: c.changes,
        ...(c.scheduledAt !== undefined ? { scheduledAt: c.scheduledAt } : {}),
        ...(c.status !== undefined ? { status: c.status } : {}),
      },
    });
  }
}
