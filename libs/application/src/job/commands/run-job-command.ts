import { JobCommand, jobDecider, JobErrors, JobState, jobStreamId } from '@candor/domain';
import { AggregateStore } from '../../commands/aggregate-store';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { assertJobId, assertMayUseJob } from '../job-access';

/** The job's use of the one command template: the id must name a live job and the actor must own it (checked on the stream). */
export async function runJobCommand(
  store: AggregateStore,
  jobId: string,
  actor: AuthenticatedUser,
  action: string,
  command: Pick<JobCommand, 'type' | 'data'>,
): Promise<void> {
  assertJobId(jobId);
  await store.execute(jobStreamId(jobId), jobDecider, { ...command, metadata: store.commandMetadata() } as JobCommand, {
    guard: (state: JobState) => {
      if (!state.exists || state.deleted) throw JobErrors.notFound();
      assertMayUseJob(state.ownerId, actor, action);
    },
  });
}
