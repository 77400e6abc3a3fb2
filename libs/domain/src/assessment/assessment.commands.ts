import { CommandMetadata } from '../shared/event';
import { InterviewScoreCard } from '../interview/interviewer.types';

type Command<TType extends string, TData> = { readonly type: TType; readonly data: TData; readonly metadata: CommandMetadata };

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

export type AssessmentCommand = RecordScoringFailure | RecordScoreVersion | ShareReport | RevokeReportShare;
