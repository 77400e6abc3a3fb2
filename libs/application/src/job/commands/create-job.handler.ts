import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEFAULT_JOB_DETAILS, jobDecider, jobStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { assertMayPostJobs } from '../job-access';
import { CreateJobCommand } from './create-job.command';
import { definedOnly } from './defined-only';

@CommandHandler(CreateJobCommand)
export class CreateJobHandler implements ICommandHandler<CreateJobCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(command: CreateJobCommand): Promise<{ jobId: string }> {
    assertMayPostJobs(command.owner);
    const jobId = randomUUID();
    await this.store.execute(
      jobStreamId(jobId),
      jobDecider,
      {
        type: 'CreateJob',
        metadata: this.store.commandMetadata(),
        data: { jobId, ownerId: command.owner.id, details: { ...DEFAULT_JOB_DETAILS, ...definedOnly(command.details), title: command.details.title }, aiGenerated: command.aiGenerated },
      },
      { retries: 0 },
    );
    return { jobId };
  }
}
