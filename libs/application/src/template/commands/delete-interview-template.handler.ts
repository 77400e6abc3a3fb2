import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { interviewTemplateDecider } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { DeleteInterviewTemplateCommand } from './delete-interview-template.command';
import { assertOwner, streamOf } from '../template-access';

@CommandHandler(DeleteInterviewTemplateCommand)
export class DeleteInterviewTemplateHandler implements ICommandHandler<DeleteInterviewTemplateCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute({ templateId, actor }: DeleteInterviewTemplateCommand): Promise<void> {
    await this.store.execute(
      streamOf(templateId),
      interviewTemplateDecider,
      { type: 'DeleteInterviewTemplate', metadata: this.store.commandMetadata(), data: { templateId } },
      { guard: (state) => assertOwner(state, actor) },
    );
  }
}
