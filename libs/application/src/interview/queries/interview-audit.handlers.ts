import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecordedEvent } from '@candor/contracts';
import { fold, interviewDecider, InterviewErrors, InterviewEvent, interviewStreamId } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { assertInterviewId, assertMayAct } from '../interview-access';
import { GetInterviewEventsQuery, InterviewEventPage } from './get-interview-events.query';
import { InterviewReplay, ReplayInterviewQuery } from './replay-interview.query';

/**
 * Audit reads straight from the event store, not from read models: the stream is the record. Only the
 * interview's owner and superusers may read it (it holds the AI's assessments and every participant's input).
 */
async function readAuditedStream(events: EventStore, interviewId: string, viewer: AuthenticatedUser): Promise<RecordedEvent[]> {
  assertInterviewId(interviewId);
  const stream = await events.readStream(interviewStreamId(interviewId));
  const state = fold(interviewDecider, stream as unknown as InterviewEvent[]);
  if (!state.exists) throw InterviewErrors.notFound();
  assertMayAct({ ownerId: state.ownerId, candidateEmail: state.details.candidateEmail }, viewer, 'manage');
  return stream;
}

@QueryHandler(GetInterviewEventsQuery)
export class GetInterviewEventsHandler implements IQueryHandler<GetInterviewEventsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute(q: GetInterviewEventsQuery): Promise<InterviewEventPage> {
    const stream = await readAuditedStream(this.events, q.interviewId, q.viewer);
    const page = stream.filter((e) => e.revision >= q.fromRevision).slice(0, q.limit);
    const last = page.at(-1)?.revision ?? null;
    return {
      interviewId: q.interviewId,
      events: page,
      headRevision: stream.length,
      nextRevision: last !== null && last < stream.length ? last + 1 : null,
    };
  }
}

@QueryHandler(ReplayInterviewQuery)
export class ReplayInterviewHandler implements IQueryHandler<ReplayInterviewQuery> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute(q: ReplayInterviewQuery): Promise<InterviewReplay> {
    const stream = await readAuditedStream(this.events, q.interviewId, q.viewer);
    const revision = Math.min(q.toRevision ?? stream.length, stream.length);
    const state = fold(interviewDecider, stream.slice(0, revision) as unknown as InterviewEvent[]);
    return { interviewId: q.interviewId, revision, headRevision: stream.length, state };
  }
}
