import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UpdateCode } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { UpdateCodeCommand } from './update-code.command';

@CommandHandler(UpdateCodeCommand)
export class UpdateCodeHandler implements ICommandHandler<UpdateCodeCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: UpdateCodeCommand): Promise<void> {
    await runInterviewCommand<UpdateCode>(this.store, c.interviewId, c.actor, 'participate', {
      type: 'UpdateCode',
      data: { code: c.code, language: c.language },
    });
  }
}
