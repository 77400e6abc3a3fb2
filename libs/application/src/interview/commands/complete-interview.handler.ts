import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CompleteInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { CompleteInterviewCommand } from './complete-interview.command';
import { runInterviewCommand } from './interview-command-runner';

@CommandHandler(CompleteInterviewCommand)
export class CompleteInterviewHandler implements ICommandHandler<CompleteInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: CompleteInterviewCommand): Promise<void> {
    await runInterviewCommand<CompleteInterview>(this.store, c.interviewId, c.actor, 'participate', { type: 'CompleteInterview', data: {} });
  }
}
