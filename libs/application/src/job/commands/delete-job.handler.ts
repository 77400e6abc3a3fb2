import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { DeleteJobCommand } from './delete-job.command';
import { runJobCommand } from './run-job-command';

@CommandHandler(DeleteJobCommand)
export class DeleteJobHandler implements ICommandHandler<DeleteJobCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(command: DeleteJobCommand): Promise<void> {
    await runJobCommand(this.store, command.jobId, command.actor, 'delete it', { type: 'DeleteJob', data: {} });
  }
}
