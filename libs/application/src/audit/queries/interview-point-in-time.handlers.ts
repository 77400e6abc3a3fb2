import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { comparePositions, RecordedEvent } from '@candor/contracts';
import { InterviewErrors } from '@candor/domain';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { assertInterviewId } from '../../interview/interview-access';
import { AUDIT_ACCESS_RECORDER, AuditAccessRecorder } from '../../audit-access/audit-access.recorder';
import { diffValues, foldInterviewAt, InterviewAtPoint, interviewSourceStreams, ValueChange } from '../interview-point-in-time';
import { normalizePosition } from '../log-position-param';
import { DiffInterviewPointsQuery, GetInterviewAtPointQuery, LogPoint } from './audit.queries';

export interface InterviewPointView extends InterviewAtPoint {
  readonly interviewId: string;
  readonly point: { readonly asOf: string | null; readonly position: string | null };
}

export interface InterviewPointsDiff {
  readonly interviewId: string;
  readonly from: InterviewPointView;
  readonly to: InterviewPointView;
  readonly changes: readonly ValueChange[];
}

/** Reads the interview's source streams once, merged in log order (upcast: the projections read current schemas). */
async function readInterviewEvents(events: EventStore, interviewId: string): Promise<RecordedEvent[]> {
  assertInterviewId(interviewId);
  const streams = await Promise.all(interviewSourceStreams(interviewId).map((s) => events.readStream(s)));
  if (streams[0].length === 0) throw InterviewErrors.notFound();
  return streams.flat().sort((a, b) => comparePositions(a.position, b.position));
}

async function atPoint(events: EventStore, interviewId: string, all: RecordedEvent[], point: LogPoint): Promise<InterviewPointView> {
  const position = point.position ? normalizePosition('position', point.position, await events.headPosition()) : null;
  const asOf = point.asOf ? new Date(point.asOf).toISOString() : null;
  const cut = all.filter((e) => (position === null || comparePositions(e.position, position) <= 0) && (asOf === null || e.recordedAt <= asOf));
  return { interviewId, point: { asOf, position }, ...foldInterviewAt(interviewId, cut) };
}

function describe(point: LogPoint): string {
  return [point.asOf && `as_of=${point.asOf}`, point.position && `position=${point.position}`].filter(Boolean).join(' ') || 'now';
}

@QueryHandler(GetInterviewAtPointQuery)
export class GetInterviewAtPointHandler implements IQueryHandler<GetInterviewAtPointQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
  ) {}

  async execute(q: GetInterviewAtPointQuery): Promise<InterviewPointView> {
    assertInterviewId(q.interviewId);
    await this.access.record(q.reader, { target: `interview-${q.interviewId}`, action: `point in time ${describe(q.point)}`, reason: q.reason, reasonRequired: true });
    return atPoint(this.events, q.interviewId, await readInterviewEvents(this.events, q.interviewId), q.point);
  }
}

@QueryHandler(DiffInterviewPointsQuery)
export class DiffInterviewPointsHandler implements IQueryHandler<DiffInterviewPointsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
  ) {}

  async execute(q: DiffInterviewPointsQuery): Promise<InterviewPointsDiff> {
    assertInterviewId(q.interviewId);
    await this.access.record(q.reader, {
      target: `interview-${q.interviewId}`,
      action: `diff ${describe(q.from)} .. ${describe(q.to)}`,
      reason: q.reason,
      reasonRequired: true,
    });
    const all = await readInterviewEvents(this.events, q.interviewId);
    const [from, to] = await Promise.all([atPoint(this.events, q.interviewId, all, q.from), atPoint(this.events, q.interviewId, all, q.to)]);
    // Paths as the API shows them (snake case).
    const view = (p: InterviewPointView) => ({ read_models: p.readModels, score_versions: p.scoreVersions, report: p.report });
    return { interviewId: q.interviewId, from, to, changes: diffValues(JSON.parse(JSON.stringify(view(from))), JSON.parse(JSON.stringify(view(to)))) };
  }
}
