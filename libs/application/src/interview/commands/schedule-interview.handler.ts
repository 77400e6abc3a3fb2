import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScheduleInterview } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { ScheduleInterviewCommand } from './schedule-interview.command';

@CommandHandler(ScheduleInterviewCommand)
export class ScheduleInterviewHandler implements ICommandHandler<ScheduleInterviewCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: ScheduleInterviewCommand): Promise<void> {
    await runInterviewCommand<ScheduleInterview>(this.store, c.interviewId, c.actor, 'manage', {
      type: 'ScheduleInterview',
      data: { scheduledAt: c.scheduledAt },
    });
  }
}
