import {
  InterviewCommand,
  interviewDecider,
  InterviewErrors,
  InterviewEvent,
  InterviewState,
  interviewStreamId,
} from '@candor/domain';
import { AggregateStore, DecisionResult } from '../../commands/aggregate-store';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { assertInterviewId, assertMayAct, InterviewAction } from '../interview-access';

type Payload<C extends InterviewCommand> = Pick<C, 'type' | 'data'>;

/**
 * The interview's use of the one command template: the id must name an interview, the actor must be
 * allowed (checked on the loaded stream itself, not on a read model, as the template's guard), then decide/append.
 * A null actor is the server itself (webhooks, the AI interviewer), which the caller has already trusted.
 */
export async function runInterviewCommand<C extends InterviewCommand>(
  store: AggregateStore,
  interviewId: string,
  actor: AuthenticatedUser | null,
  action: InterviewAction,
  command: Payload<C>,
): Promise<DecisionResult<InterviewState, InterviewEvent>> {
  assertInterviewId(interviewId);
  return store.execute(
    interviewStreamId(interviewId),
    interviewDecider,
    { ...command, metadata: store.commandMetadata() } as InterviewCommand,
    {
      guard: (state: InterviewState) => {
        if (!state.exists || state.deleted) throw InterviewErrors.notFound();
        if (actor) assertMayAct({ ownerId: state.ownerId, candidateEmail: state.details.candidateEmail }, actor, action);
      },
    },
  );
}
