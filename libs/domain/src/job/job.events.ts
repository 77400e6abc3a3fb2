import { DomainEvent } from '../shared/event';
import { JobChanges, JobDetails } from './job.types';

export type JobCreated = DomainEvent<
  'JobCreated',
  {
    readonly jobId: string;
    readonly ownerId: string;
    readonly details: JobDetails;
    readonly isActive: boolean;
    readonly aiGenerated: boolean;
    readonly createdAt: string;
  }
>;

/** Only the fields that changed. */
export type JobUpdated = DomainEvent<'JobUpdated', { readonly jobId: string; readonly changes: JobChanges; readonly updatedAt: string }>;

export type JobDeleted = DomainEvent<'JobDeleted', { readonly jobId: string; readonly deletedAt: string }>;

export type JobEvent = JobCreated | JobUpdated | JobDeleted;

export const JOB_EVENT_TYPES: readonly JobEvent['type'][] = ['JobCreated', 'JobUpdated', 'JobDeleted'];

export const JOB_STREAM_PREFIX = 'job-';

export function jobStreamId(jobId: string): string {
  return `${JOB_STREAM_PREFIX}${jobId}`;
}
