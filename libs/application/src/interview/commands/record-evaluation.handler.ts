import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordEvaluation } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from './interview-command-runner';
import { RecordEvaluationCommand } from './record-evaluation.command';

@CommandHandler(RecordEvaluationCommand)
export class RecordEvaluationHandler implements ICommandHandler<RecordEvaluationCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: RecordEvaluationCommand): Promise<{ evaluationId: string }> {
    const evaluationId = randomUUID();
    await runInterviewCommand<RecordEvaluation>(this.store, c.interviewId, c.actor, 'evaluate', {
      type: 'RecordEvaluation',
      data: { ...c.evaluation, evaluationId, evaluatorId: c.actor.id, source: 'reviewer' },
    });
    return { evaluationId };
  }
}
