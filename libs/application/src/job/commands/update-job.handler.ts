import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { definedOnly } from './defined-only';
import { runJobCommand } from './run-job-command';
import { UpdateJobCommand } from './update-job.command';

@CommandHandler(UpdateJobCommand)
export class UpdateJobHandler implements ICommandHandler<UpdateJobCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(command: UpdateJobCommand): Promise<void> {
    await runJobCommand(this.store, command.jobId, command.actor, 'change it', { type: 'UpdateJob', data: { changes: definedOnly(command.changes) } });
  }
}
