import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecordedEvent } from '@candor/contracts';
import { fold, interviewDecider, InterviewErrors, InterviewEvent, interviewStreamId } from '@candor/domain';
import { AuthenticatedUser, isAdmin } from '../../identity/authenticated-user';
import { AUDIT_ACCESS_RECORDER, AuditAccessRecorder } from '../../audit-access/audit-access.recorder';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { assertInterviewId, assertMayAct } from '../interview-access';
import { GetInterviewEventsQuery, InterviewEventPage } from './get-interview-events.query';
import { InterviewReplay, ReplayInterviewQuery } from './replay-interview.query';

/**
 * Audit reads straight from the event store, not from read models: the stream is the record. Only the
 * interview's owner, superusers and auditors may read it (it holds the AI's assessments and every participant's
 * input); an auditor's read needs a reason and is recorded on `audit-access` before anything is returned.
 */
async function readAuditedStream(
  events: EventStore,
  access: AuditAccessRecorder,
  interviewId: string,
  viewer: AuthenticatedUser,
  read: { action: string; reason: string | undefined },
): Promise<RecordedEvent[]> {
  assertInterviewId(interviewId);
  const stream = await events.readStream(interviewStreamId(interviewId));
  const state = fold(interviewDecider, stream as unknown as InterviewEvent[]);
  if (!state.exists) throw InterviewErrors.notFound();
  if (viewer.role === 'auditor' && !isAdmin(viewer)) {
    await access.record(viewer, { target: interviewStreamId(interviewId), action: read.action, reason: read.reason, reasonRequired: true });
  } else {
    assertMayAct({ ownerId: state.ownerId, candidateEmail: state.details.candidateEmail }, viewer, 'manage');
  }
  return stream;
}

@QueryHandler(GetInterviewEventsQuery)
export class GetInterviewEventsHandler implements IQueryHandler<GetInterviewEventsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
  ) {}

  async execute(q: GetInterviewEventsQuery): Promise<InterviewEventPage> {
    const stream = await readAuditedStream(this.events, this.access, q.interviewId, q.viewer, { action: 'events', reason: q.reason });
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
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
  ) {}

  async execute(q: ReplayInterviewQuery): Promise<InterviewReplay> {
    const stream = await readAuditedStream(this.events, this.access, q.interviewId, q.viewer, { action: `replay to ${q.toRevision ?? 'head'}`, reason: q.reason });
    const revision = Math.min(q.toRevision ?? stream.length, stream.length);
    const state = fold(interviewDecider, stream.slice(0, revision) as unknown as InterviewEvent[]);
    return { interviewId: q.interviewId, revision, headRevision: stream.length, state };
  }
}
