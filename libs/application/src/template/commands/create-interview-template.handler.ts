import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { interviewTemplateDecider, interviewTemplateStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { CreateInterviewTemplateCommand } from './create-interview-template.command';

@CommandHandler(CreateInterviewTemplateCommand)
export class CreateInterviewTemplateHandler implements ICommandHandler<CreateInterviewTemplateCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute({ owner, fields }: CreateInterviewTemplateCommand) {
    const templateId = randomUUID();
    await this.store.execute(
      interviewTemplateStreamId(templateId),
      interviewTemplateDecider,
      { type: 'CreateInterviewTemplate', metadata: this.store.commandMetadata(), data: { templateId, ownerId: owner.id, fields } },
      { retries: 0 },
    );
    return { templateId };
  }
}
