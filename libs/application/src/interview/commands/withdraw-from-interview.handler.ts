import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WithdrawFromInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { WithdrawFromInterviewCommand } from './withdraw-from-interview.command';

@CommandHandler(WithdrawFromInterviewCommand)
export class WithdrawFromInterviewHandler implements ICommandHandler<WithdrawFromInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: WithdrawFromInterviewCommand): Promise<void> {
    await runInterviewCommand<WithdrawFromInterview>(this.store, c.interviewId, c.candidate, 'withdraw', {
      type: 'WithdrawFromInterview',
      data: { withdrawnBy: c.candidate.id, reason: c.reason },
    });
  }
}
