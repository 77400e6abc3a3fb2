import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CancelInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { CancelInterviewCommand } from './cancel-interview.command';
import { runInterviewCommand } from './interview-command-runner';

@CommandHandler(CancelInterviewCommand)
export class CancelInterviewHandler implements ICommandHandler<CancelInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: CancelInterviewCommand): Promise<void> {
    await runInterviewCommand<CancelInterview>(this.store, c.interviewId, c.actor, 'manage', {
      type: 'CancelInterview',
      data: { reason: c.reason },
    });
  }
}
