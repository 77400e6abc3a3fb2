import { DomainEvent } from '../shared/event';
import { InterviewScoreCard } from '../interview/interviewer.types';
import { EvaluationInput } from '../interview/interview.types';

/**
 * The assessment of an interview, on its own stream (`assessment-<interview id>`): its first, automatic
 * score (`InterviewAssessed`), scoring attempts that failed, and the score versions a re-score appended.
 * The first score of an interview recorded before this context existed is an `InterviewScored` (followed
 * by an `ai` EvaluationRecorded) on the interview stream; readers take both.
 */

/**
 * The scoring engine's verdict on a completed interview, from the first `basisVersion` events of its
 * stream, and the `ai` evaluation every surface lists for it.
 */
export type InterviewAssessed = DomainEvent<
  'InterviewAssessed',
  {
    readonly interviewId: string;
    readonly scoreId: string;
    readonly basisVersion: number;
    readonly card: InterviewScoreCard;
    readonly evaluation: EvaluationInput;
    readonly assessedAt: string;
  }
>;

export type ScoringFailed = DomainEvent<
  'ScoringFailed',
  { readonly interviewId: string; readonly reason: string; readonly attempt: number; readonly failedAt: string; readonly retryAt: string | null }
>;

export type ScoreVersionRecorded = DomainEvent<
  'ScoreVersionRecorded',
  {
    readonly interviewId: string;
    readonly scoreId: string;
    /** How many events of the interview stream the score was computed from. */
    readonly basisVersion: number;
    readonly card: InterviewScoreCard;
    /** Who asked for it (null: the automatic scoring) and why. */
    readonly requestedBy: string | null;
    readonly trigger: 'automatic' | 'rescore';
    readonly recordedAt: string;
  }
>;

/** A public, read-only link to the interview's report (no login); the token is a random secret. */
export type ReportShared = DomainEvent<'ReportShared', { readonly interviewId: string; readonly token: string; readonly sharedBy: string; readonly sharedAt: string }>;

export type ReportShareRevoked = DomainEvent<
  'ReportShareRevoked',
  { readonly interviewId: string; readonly token: string; readonly revokedBy: string; readonly revokedAt: string }
>;

export type AssessmentEvent = InterviewAssessed | ScoringFailed | ScoreVersionRecorded | ReportShared | ReportShareRevoked;

export const ASSESSMENT_EVENT_TYPES: readonly AssessmentEvent['type'][] = ['InterviewAssessed', 'ScoringFailed', 'ScoreVersionRecorded', 'ReportShared', 'ReportShareRevoked'];

export const ASSESSMENT_STREAM_PREFIX = 'assessment-';

export function assessmentStreamId(interviewId: string): string {
  return `${ASSESSMENT_STREAM_PREFIX}${interviewId}`;
}

const ASSESSMENT_STREAM = new RegExp(`^${ASSESSMENT_STREAM_PREFIX}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`, 'i');

/** Event type names are global in the log: readers of assessment events check the stream they came from. */
export function isAssessmentStreamId(streamId: string): boolean {
  return ASSESSMENT_STREAM.test(streamId);
}
