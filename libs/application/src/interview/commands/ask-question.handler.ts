import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AskQuestion } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { AskQuestionCommand } from './ask-question.command';
import { runInterviewCommand } from './interview-command-runner';

@CommandHandler(AskQuestionCommand)
export class AskQuestionHandler implements ICommandHandler<AskQuestionCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: AskQuestionCommand): Promise<{ questionId: string }> {
    const questionId = randomUUID();
    await runInterviewCommand<AskQuestion>(this.store, c.interviewId, c.actor, 'participate', {
      type: 'AskQuestion',
      data: { questionId, text: c.text, category: c.category, difficulty: c.difficulty },
    });
    return { questionId };
  }
}
