import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assessmentStreamId, AssessmentEvent, DomainError, InterviewEvent, interviewStreamId } from '@candor/domain';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { loadAssessedInterview } from '../assessment-access';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../projections/assessment-status.projection';
import { GetScoreVersionsQuery, ScoreVersion, ScoreVersions } from './get-score-versions.query';
import { scoreDiff } from './score-diff';

/**
 * Every score version of an interview, read from both stream kinds: the automatic score (`InterviewAssessed`
 * on the assessment stream, or a legacy `InterviewScored` on the interview stream) and the re-score versions.
 */
@QueryHandler(GetScoreVersionsQuery)
export class GetScoreVersionsHandler implements IQueryHandler<GetScoreVersionsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly store: ReadStore,
  ) {}

  async execute(q: GetScoreVersionsQuery): Promise<ScoreVersions> {
    await loadAssessedInterview(this.store, q.interviewId, q.viewer, 'read');
    const versions = await readScoreVersions(this.events, q.interviewId);
    const status = await this.store.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).findOne({ _id: q.interviewId });
    const failed = status?.status === 'scoring_failed';
    return {
      interviewId: q.interviewId,
      status: failed ? 'scoring_failed' : versions.length ? 'scored' : 'pending',
      failure: failed ? { reason: status.reason ?? 'unknown error', attempts: status.attempts, failedAt: status.lastFailedAt, retryAt: status.retryAt } : null,
      versions,
      diff: diffOf(versions, q.from, q.to),
    };
  }
}

export async function readScoreVersions(events: EventStore, interviewId: string): Promise<ScoreVersion[]> {
  const [interview, assessment] = await Promise.all([events.readStream(interviewStreamId(interviewId)), events.readStream(assessmentStreamId(interviewId))]);
  const found: Omit<ScoreVersion, 'version'>[] = [];
  for (const e of interview as unknown as InterviewEvent[]) {
    if (e.type === 'InterviewScored') {
      found.push({ scoreId: e.data.scoreId, trigger: 'automatic', requestedBy: null, recordedAt: e.data.scoredAt, basisVersion: e.data.basisVersion, card: e.data.card });
    }
  }
  for (const e of assessment as unknown as AssessmentEvent[]) {
    if (e.type === 'InterviewAssessed') {
      found.push({ scoreId: e.data.scoreId, trigger: 'automatic', requestedBy: null, recordedAt: e.data.assessedAt, basisVersion: e.data.basisVersion, card: e.data.card });
    }
    if (e.type === 'ScoreVersionRecorded') {
      const d = e.data;
      found.push({ scoreId: d.scoreId, trigger: d.trigger, requestedBy: d.requestedBy, recordedAt: d.recordedAt, basisVersion: d.basisVersion, card: d.card });
    }
  }
  return found.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).map((v, i) => ({ ...v, version: i + 1 }));
}

function diffOf(versions: readonly ScoreVersion[], from: number | null, to: number | null): ScoreVersions['diff'] {
  if (versions.length < 2 && from === null && to === null) return null;
  const a = from ?? versions.length - 1;
  const b = to ?? versions.length;
  const va = versions[a - 1];
  const vb = versions[b - 1];
  if (!va || !vb) {
    throw new DomainError('ASSESSMENT.UNKNOWN_VERSION', `There are ${versions.length} score version(s); from and to must be between 1 and ${versions.length}`, 'invalid');
  }
  return { from: a, to: b, changes: scoreDiff(va.card, vb.card) };
}
