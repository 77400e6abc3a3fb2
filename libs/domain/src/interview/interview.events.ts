import { DomainEvent } from '../shared/event';
import { CodeAnalyzed } from './code-analysis.events';
import {
  CodeExecutionResult,
  EvaluationInput,
  InterviewChanges,
  InterviewDetails,
  InterviewStatus,
  Speaker,
} from './interview.types';
import { InterviewerTurn, InterviewScoreCard } from './interviewer.types';

/**
 * Everything any route shows about an interview is derived from these facts, stored on one stream per
 * interview (`interview-<uuid>`). Every payload carries `interviewId` so a projection needs nothing else.
 */
export type InterviewCreated = DomainEvent<
  'InterviewCreated',
  {
    readonly interviewId: string;
    readonly ownerId: string;
    readonly details: InterviewDetails;
    readonly scheduledAt: string | null;
    readonly status: Extract<InterviewStatus, 'pending' | 'scheduled'>;
    readonly sessionCode: string;
    readonly roomName: string;
    readonly inviteToken: string;
    readonly interviewLink: string | null;
    readonly createdAt: string;
  }
>;

/** Only the fields that actually changed. */
export type InterviewUpdated = DomainEvent<
  'InterviewUpdated',
  { readonly interviewId: string; readonly changes: InterviewChanges; readonly updatedAt: string }
>;

export type InterviewScheduled = DomainEvent<
  'InterviewScheduled',
  {
    readonly interviewId: string;
    readonly scheduledAt: string;
    readonly previousScheduledAt: string | null;
    readonly at: string;
  }
>;

export type InterviewStarted = DomainEvent<
  'InterviewStarted',
  { readonly interviewId: string; readonly startedAt: string; readonly trigger: 'command' | 'participant_joined' }
>;

export type MessageRecorded = DomainEvent<
  'MessageRecorded',
  {
    readonly interviewId: string;
    readonly messageId: string;
    readonly speaker: Speaker;
    readonly text: string;
    readonly timestamp: string;
    /**
     * A candidate's message: the question it answers, i.e. the question asked last before it (null when no
     * question had been asked yet: then it is not an answer). Absent on events stored before it was recorded.
     */
    readonly answersQuestionId?: string | null;
  }
>;

export type QuestionAsked = DomainEvent<
  'QuestionAsked',
  {
    readonly interviewId: string;
    readonly questionId: string;
    readonly text: string;
    readonly category: string | null;
    readonly difficulty: string | null;
    readonly askedAt: string;
  }
>;

export type CodeUpdated = DomainEvent<
  'CodeUpdated',
  { readonly interviewId: string; readonly code: string; readonly language: string; readonly updatedAt: string }
>;

export type CodeExecuted = DomainEvent<
  'CodeExecuted',
  {
    readonly interviewId: string;
    readonly executionId: string;
    readonly code: string;
    readonly language: string;
    readonly input: string;
    readonly result: CodeExecutionResult;
    readonly executedAt: string;
    /** Absent on runs recorded before the coding bank (they were not graded). */
    readonly problemId?: string | null;
  }
>;

export type CodeSubmitted = DomainEvent<
  'CodeSubmitted',
  {
    readonly interviewId: string;
    readonly submissionId: string;
    readonly code: string;
    readonly language: string;
    readonly result: CodeExecutionResult;
    readonly submittedAt: string;
    /** Absent on submissions recorded before the coding bank (they were not graded). */
    readonly problemId?: string | null;
  }
>;

/**
 * `trigger`: `command` ends a live session, `room_finished` is LiveKit saying the room closed, `recorded_outcome`
 * is a recruiter recording the outcome of an interview held outside the live session (S1's PUT with status
 * completed on a pending or scheduled interview): it was never started here, so it has no transcript.
 */
export type InterviewCompleted = DomainEvent<
  'InterviewCompleted',
  { readonly interviewId: string; readonly endedAt: string; readonly trigger: 'command' | 'room_finished' | 'recorded_outcome' }
>;

export type InterviewCancelled = DomainEvent<
  'InterviewCancelled',
  { readonly interviewId: string; readonly reason: string | null; readonly cancelledAt: string }
>;

/**
 * The candidate withdrew before the interview started: its status is `cancelled` from now on, as after
 * InterviewCancelled, but by the candidate. `reason` is theirs (personal data, erased with them).
 */
export type CandidateWithdrew = DomainEvent<
  'CandidateWithdrew',
  { readonly interviewId: string; readonly withdrawnBy: string; readonly reason: string | null; readonly withdrawnAt: string }
>;

/** The owner deleted the interview: every view answers 404 from now on; its stream stays for the audit. */
export type InterviewDeleted = DomainEvent<'InterviewDeleted', { readonly interviewId: string; readonly deletedAt: string }>;

export type EvaluationRecorded = DomainEvent<
  'EvaluationRecorded',
  EvaluationInput & { readonly interviewId: string; readonly recordedAt: string }
>;

export type ParticipantJoined = DomainEvent<
  'ParticipantJoined',
  {
    readonly interviewId: string;
    readonly webhookId: string;
    readonly participantIdentity: string;
    readonly participantName: string | null;
    readonly joinedAt: string;
  }
>;

export type ParticipantLeft = DomainEvent<
  'ParticipantLeft',
  {
    readonly interviewId: string;
    readonly webhookId: string;
    readonly participantIdentity: string;
    readonly participantName: string | null;
    readonly leftAt: string;
  }
>;

export type RoomFinished = DomainEvent<
  'RoomFinished',
  { readonly interviewId: string; readonly webhookId: string; readonly roomName: string; readonly finishedAt: string }
>;

/** The AI interviewer spoke (its message and question are recorded beside it as MessageRecorded / QuestionAsked). */
export type InterviewerTurnTaken = DomainEvent<
  'InterviewerTurnTaken',
  InterviewerTurn & { readonly interviewId: string; readonly takenAt: string }
>;

/** The scoring engine's verdict on a completed interview, from the first `basisVersion` events of its stream. */
export type InterviewScored = DomainEvent<
  'InterviewScored',
  {
    readonly interviewId: string;
    readonly scoreId: string;
    readonly basisVersion: number;
    readonly card: InterviewScoreCard;
    readonly scoredAt: string;
  }
>;

export type InterviewEvent =
  | InterviewCreated
  | InterviewUpdated
  | InterviewScheduled
  | InterviewStarted
  | MessageRecorded
  | QuestionAsked
  | CodeUpdated
  | CodeExecuted
  | CodeSubmitted
  | InterviewCompleted
  | InterviewCancelled
  | CandidateWithdrew
  | InterviewDeleted
  | EvaluationRecorded
  | ParticipantJoined
  | ParticipantLeft
  | RoomFinished
  | InterviewerTurnTaken
  | InterviewScored
  | CodeAnalyzed;

export type InterviewEventType = InterviewEvent['type'];

/** Every interview event type (projections subscribe by these names). */
export const INTERVIEW_EVENT_TYPES: readonly InterviewEventType[] = [
  'InterviewCreated',
  'InterviewUpdated',
  'InterviewScheduled',
  'InterviewStarted',
  'MessageRecorded',
  'QuestionAsked',
  'CodeUpdated',
  'CodeExecuted',
  'CodeSubmitted',
  'InterviewCompleted',
  'InterviewCancelled',
  'CandidateWithdrew',
  'InterviewDeleted',
  'EvaluationRecorded',
  'ParticipantJoined',
  'ParticipantLeft',
  'RoomFinished',
  'InterviewerTurnTaken',
  'InterviewScored',
  'CodeAnalyzed',
];

export const INTERVIEW_STREAM_PREFIX = 'interview-';

export function interviewStreamId(interviewId: string): string {
  return `${INTERVIEW_STREAM_PREFIX}${interviewId}`;
}
