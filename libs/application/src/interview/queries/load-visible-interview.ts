import { InterviewErrors } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { ReadStore } from '../../ports/read-store.port';
import { assertInterviewId, assertMayAct, InterviewAction } from '../interview-access';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../projections/interviews.projection';

/** The interview's document if it exists (404) and the viewer may see it (403). */
export async function loadVisibleInterview(
  store: ReadStore,
  interviewId: string,
  viewer: AuthenticatedUser,
  action: InterviewAction = 'view',
): Promise<InterviewDocument> {
  assertInterviewId(interviewId);
  const doc = await store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: interviewId });
  if (!doc) throw InterviewErrors.notFound();
  assertMayAct(doc, viewer, action);
  return doc;
}
