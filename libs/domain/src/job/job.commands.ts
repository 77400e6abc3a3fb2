import { CommandMetadata } from '../shared/event';
import { JobChanges, JobDetails } from './job.types';

interface Command<TType extends string, TData extends object> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** `aiGenerated`: the details came from the job-description generator (S3 generate_from_title). */
export type CreateJob = Command<
  'CreateJob',
  { readonly jobId: string; readonly ownerId: string; readonly details: JobDetails; readonly aiGenerated: boolean }
>;

/** PUT and PATCH alike: only the fields given; fields equal to the current value change nothing. */
export type UpdateJob = Command<'UpdateJob', { readonly changes: JobChanges }>;

export type DeleteJob = Command<'DeleteJob', Record<string, never>>;

export type JobCommand = CreateJob | UpdateJob | DeleteJob;
