import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DeleteInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { DeleteInterviewCommand } from './delete-interview.command';
import { runInterviewCommand } from './interview-command-runner';

@CommandHandler(DeleteInterviewCommand)
export class DeleteInterviewHandler implements ICommandHandler<DeleteInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: DeleteInterviewCommand): Promise<void> {
    await runInterviewCommand<DeleteInterview>(this.store, c.interviewId, c.actor, 'manage', { type: 'DeleteInterview', data: {} });
  }
}
