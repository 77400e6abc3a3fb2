import { RecordedEvent } from '@candor/contracts';
import { isAssessmentStreamId } from '@candor/domain';
import { Projection, ProjectedDocument } from '../../projections/projection';
import { isInterviewEvent } from '../../interview/projections/interview-events';

export const ASSESSMENT_STATUS_COLLECTION = 'assessment_status';

/** Where an interview's scoring stands (`scored`, or `scoring_failed` with the reason until a score lands) and its report's share link. */
export interface AssessmentStatusDocument extends ProjectedDocument {
  status: 'scored' | 'scoring_failed';
  reason: string | null;
  attempts: number;
  lastFailedAt: string | null;
  retryAt: string | null;
  scoredAt: string | null;
  versions: number;
  /** The report's active public link token (null: not shared or revoked). */
  shareToken: string | null;
}

/** The legacy first score lives on the interview stream; everything else on the assessment stream. */
function relevant(event: RecordedEvent): boolean {
  return event.type === 'InterviewScored' ? isInterviewEvent(event) : isAssessmentStreamId(event.streamId);
}

const EMPTY: Omit<AssessmentStatusDocument, '_id'> = { status: 'scored', reason: null, attempts: 0, lastFailedAt: null, retryAt: null, scoredAt: null, versions: 0, shareToken: null };

export const assessmentStatusProjection: Projection<AssessmentStatusDocument> = {
  name: 'assessment-status',
  collection: ASSESSMENT_STATUS_COLLECTION,
  eventTypes: ['InterviewScored', 'InterviewAssessed', 'ScoringFailed', 'ScoreVersionRecorded', 'ReportShared', 'ReportShareRevoked'],
  indexes: [{ keys: { status: 1 } }, { keys: { shareToken: 1 } }],
  documentIds: (event) => (relevant(event) ? [String(event.data.interviewId)] : []),
  evolve: (doc, event) => {
    const current: AssessmentStatusDocument = doc ?? { _id: String(event.data.interviewId), ...EMPTY };
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'ScoringFailed':
        return {
          ...current,
          status: 'scoring_failed',
          reason: String(data.reason),
          attempts: Number(data.attempt),
          lastFailedAt: String(data.failedAt),
          retryAt: (data.retryAt as string | null) ?? null,
        };
      case 'InterviewScored':
      case 'InterviewAssessed':
      case 'ScoreVersionRecorded':
        return {
          ...current,
          status: 'scored',
          reason: null,
          retryAt: null,
          scoredAt: String(data.scoredAt ?? data.assessedAt ?? data.recordedAt),
          versions: current.versions + 1,
        };
      case 'ReportShared':
        return { ...current, shareToken: String(data.token) };
      case 'ReportShareRevoked':
        return { ...current, shareToken: null };
      default:
        return current;
    }
  },
};
