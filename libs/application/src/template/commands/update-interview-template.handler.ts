import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { interviewTemplateDecider } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { UpdateInterviewTemplateCommand } from './update-interview-template.command';
import { assertOwner, streamOf } from '../template-access';

@CommandHandler(UpdateInterviewTemplateCommand)
export class UpdateInterviewTemplateHandler implements ICommandHandler<UpdateInterviewTemplateCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute({ templateId, actor, changes }: UpdateInterviewTemplateCommand): Promise<void> {
    await this.store.execute(
      streamOf(templateId),
      interviewTemplateDecider,
      { type: 'UpdateInterviewTemplate', metadata: this.store.commandMetadata(), data: { templateId, changes } },
      { guard: (state) => assertOwner(state, actor) },
    );
  }
}
