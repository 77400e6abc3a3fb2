import { CommandMetadata } from '../shared/event';
import { InterviewScoreCard } from '../interview/interviewer.types';
import { EvaluationInput } from '../interview/interview.types';

type Command<TType extends string, TData> = { readonly type: TType; readonly data: TData; readonly metadata: CommandMetadata };

/** Records the first, automatic score of a completed interview and the evaluation every surface shows for it. */
export type AssessInterview = Command<
  'AssessInterview',
  { readonly interviewId: string; readonly scoreId: string; readonly basisVersion: number; readonly card: InterviewScoreCard; readonly evaluation: EvaluationInput }
>;

export type RecordScoringFailure = Command<
  'RecordScoringFailure',
  { readonly interviewId: string; readonly reason: string; readonly retryAt: string | null }
>;

export type RecordScoreVersion = Command<
  'RecordScoreVersion',
  {
    readonly interviewId: string;
    readonly scoreId: string;
    readonly basisVersion: number;
    readonly card: InterviewScoreCard;
    readonly requestedBy: string | null;
    readonly trigger: 'automatic' | 'rescore';
  }
>;

export type ShareReport = Command<'ShareReport', { readonly interviewId: string; readonly token: string; readonly sharedBy: string }>;

export type RevokeReportShare = Command<'RevokeReportShare', { readonly interviewId: string; readonly revokedBy: string }>;

export type AssessmentCommand = AssessInterview | RecordScoringFailure | RecordScoreVersion | ShareReport | RevokeReportShare;
