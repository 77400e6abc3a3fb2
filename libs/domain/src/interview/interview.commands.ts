import { CommandMetadata } from '../shared/event';
import { RecordCodeAnalysis } from './code-analysis.events';
import {
  CodeExecutionResult,
  EvaluationInput,
  InterviewChanges,
  InterviewDetails,
  InterviewStatus,
  Speaker,
} from './interview.types';
import { InterviewerTurn } from './interviewer.types';

/** Commands are plain data; ids, time and random codes arrive on them (the domain has no clock or randomness). */
interface Command<TType extends string, TData extends object> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

export type CreateInterview = Command<
  'CreateInterview',
  {
    readonly interviewId: string;
    readonly ownerId: string;
    readonly details: InterviewDetails;
    /** With a schedule the interview starts `scheduled`, without one `pending`. */
    readonly scheduledAt: string | null;
    /** 6 upper-case letters or digits, reserved unique by the caller. */
    readonly sessionCode: string;
    /** `interview-<12 hex>`. */
    readonly roomName: string;
    readonly inviteToken: string;
    readonly interviewLink: string | null;
  }
>;

/** S1's PUT: field changes, an optional new schedule and an optional target status, decided atomically. */
export type UpdateInterview = Command<
  'UpdateInterview',
  {
    readonly changes: InterviewChanges;
    readonly scheduledAt?: string;
    readonly status?: InterviewStatus;
  }
>;

export type ScheduleInterview = Command<'ScheduleInterview', { readonly scheduledAt: string }>;
export type StartInterview = Command<'StartInterview', Record<string, never>>;

export type RecordMessage = Command<
  'RecordMessage',
  { readonly messageId: string; readonly speaker: Speaker; readonly text: string }
>;

export type AskQuestion = Command<
  'AskQuestion',
  {
    readonly questionId: string;
    readonly text: string;
    /** The interview phase the question belongs to (`introduction`, `technical`, `behavioral`, `coding`, ...). */
    readonly category: string | null;
    readonly difficulty: string | null;
  }
>;

export type UpdateCode = Command<'UpdateCode', { readonly code: string; readonly language: string }>;

export type ExecuteCode = Command<
  'ExecuteCode',
  {
    readonly executionId: string;
    readonly code: string;
    readonly language: string;
    readonly input: string;
    readonly result: CodeExecutionResult;
    /** The coding problem the run was graded against (null: no problem, the run is not graded). */
    readonly problemId?: string | null;
  }
>;

export type SubmitCode = Command<
  'SubmitCode',
  {
    readonly submissionId: string;
    readonly code: string;
    readonly language: string;
    readonly result: CodeExecutionResult;
    /** The coding problem the submission was graded against (null: no problem, the run is not graded). */
    readonly problemId?: string | null;
  }
>;

/** Ends a running interview: the lifecycle move only (its assessment follows on the assessment stream). */
export type CompleteInterview = Command<'CompleteInterview', Record<string, never>>;

export type CancelInterview = Command<'CancelInterview', { readonly reason: string | null }>;

/**
 * The candidate declines an interview that has not started (pending or scheduled): it ends cancelled, and
 * the recruiter learns it was the candidate. `withdrawnBy` is the candidate's user id, checked by the caller.
 */
export type WithdrawFromInterview = Command<'WithdrawFromInterview', { readonly withdrawnBy: string; readonly reason: string | null }>;

/** Hides the interview from every view (404) in any state; the events are kept. */
export type DeleteInterview = Command<'DeleteInterview', Record<string, never>>;

export type RecordEvaluation = Command<'RecordEvaluation', EvaluationInput>;

/** From a LiveKit webhook; `webhookId` makes a redelivered webhook a no-op. */
export type RecordParticipantJoined = Command<
  'RecordParticipantJoined',
  {
    readonly webhookId: string;
    readonly participantIdentity: string;
    readonly participantName: string | null;
    readonly occurredAt: string;
  }
>;

export type RecordParticipantLeft = Command<
  'RecordParticipantLeft',
  {
    readonly webhookId: string;
    readonly participantIdentity: string;
    readonly participantName: string | null;
    readonly occurredAt: string;
  }
>;

export type RecordRoomFinished = Command<'RecordRoomFinished', { readonly webhookId: string; readonly occurredAt: string }>;

/**
 * The AI interviewer's turn. `afterTurns` / `afterCandidateMessages` are what it saw when it decided:
 * if anything moved meanwhile (another turn, a newer candidate message) the turn is stale and dropped.
 */
export type TakeInterviewerTurn = Command<
  'TakeInterviewerTurn',
  { readonly turn: InterviewerTurn; readonly afterTurns: number; readonly afterCandidateMessages: number }
>;

export type InterviewCommand =
  | CreateInterview
  | UpdateInterview
  | ScheduleInterview
  | StartInterview
  | RecordMessage
  | AskQuestion
  | UpdateCode
  | ExecuteCode
  | SubmitCode
  | CompleteInterview
  | CancelInterview
  | WithdrawFromInterview
  | DeleteInterview
  | RecordEvaluation
  | RecordParticipantJoined
  | RecordParticipantLeft
  | RecordRoomFinished
  | TakeInterviewerTurn
  | RecordCodeAnalysis;
