import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StartInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { StartInterviewCommand } from './start-interview.command';

@CommandHandler(StartInterviewCommand)
export class StartInterviewHandler implements ICommandHandler<StartInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: StartInterviewCommand): Promise<void> {
    await runInterviewCommand<StartInterview>(this.store, c.interviewId, c.actor, 'participate', { type: 'StartInterview', data: {} });
  }
}
