import { assertNever, Decider } from '../shared/decider';
import { CreateJob, JobCommand, UpdateJob } from './job.commands';
import { JobErrors } from './job.errors';
import { JobEvent } from './job.events';
import { DEFAULT_JOB_DETAILS, JobChanges, JobDetails } from './job.types';
import { validateJobDetails } from './job.validation';

/** What decisions need: whether the job exists (a deleted job no longer does), who owns it, its fields. */
export interface JobState {
  readonly exists: boolean;
  readonly deleted: boolean;
  readonly jobId: string | null;
  readonly ownerId: string | null;
  readonly details: JobDetails;
  readonly isActive: boolean;
}

export const initialJobState = (): JobState => ({
  exists: false,
  deleted: false,
  jobId: null,
  ownerId: null,
  details: { ...DEFAULT_JOB_DETAILS, title: '' },
  isActive: false,
});

export function decideJob(command: JobCommand, state: JobState): JobEvent[] {
  if (command.type === 'CreateJob') return create(command, state);
  if (!state.exists || state.deleted) throw JobErrors.notFound();
  const jobId = state.jobId as string;
  switch (command.type) {
    case 'UpdateJob':
      return update(command, state, jobId);
    case 'DeleteJob':
      return [{ type: 'JobDeleted', data: { jobId, deletedAt: command.metadata.now } }];
    default:
      return assertNever(command);
  }
}

export function evolveJob(state: JobState, event: JobEvent): JobState {
  switch (event.type) {
    case 'JobCreated':
      return {
        ...state,
        exists: true,
        jobId: event.data.jobId,
        ownerId: event.data.ownerId,
        details: event.data.details,
        isActive: event.data.isActive,
      };
    case 'JobUpdated': {
      const { isActive, ...details } = event.data.changes;
      return { ...state, details: { ...state.details, ...details }, isActive: isActive ?? state.isActive };
    }
    case 'JobDeleted':
      return { ...state, deleted: true };
    default:
      return assertNever(event);
  }
}

export const jobDecider: Decider<JobState, JobCommand, JobEvent> = {
  initialState: initialJobState,
  decide: decideJob,
  evolve: evolveJob,
};

function create(command: CreateJob, state: JobState): JobEvent[] {
  const d = command.data;
  if (state.exists) throw JobErrors.alreadyExists(d.jobId);
  if (!d.ownerId) throw JobErrors.invalid('owner', 'is required');
  validateJobDetails(d.details);
  return [
    {
      type: 'JobCreated',
      data: { jobId: d.jobId, ownerId: d.ownerId, details: d.details, isActive: true, aiGenerated: d.aiGenerated, createdAt: command.metadata.now },
    },
  ];
}

function update(command: UpdateJob, state: JobState, jobId: string): JobEvent[] {
  const changes = changedFields(command.data.changes, state);
  if (Object.keys(changes).length === 0) return [];
  const { isActive, ...details } = changes;
  if (isActive !== undefined && typeof isActive !== 'boolean') throw JobErrors.invalid('is_active', 'must be true or false');
  validateJobDetails({ ...state.details, ...details });
  return [{ type: 'JobUpdated', data: { jobId, changes, updatedAt: command.metadata.now } }];
}

/** Only the keys whose value differs from the current one (lists and values compared by content). */
function changedFields(changes: JobChanges, state: JobState): JobChanges {
  const current: Record<string, unknown> = { ...state.details, isActive: state.isActive };
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || !(key in current)) continue;
    if (JSON.stringify(value) !== JSON.stringify(current[key])) changed[key] = value;
  }
  return changed as JobChanges;
}
