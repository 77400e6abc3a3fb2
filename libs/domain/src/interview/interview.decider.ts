import { assertNever, Decider } from '../shared/decider';
import {
  AskQuestion,
  CancelInterview,
  CompleteInterview,
  CreateInterview,
  ExecuteCode,
  InterviewCommand,
  RecordEvaluation,
  RecordMessage,
  RecordParticipantJoined,
  RecordParticipantLeft,
  RecordRoomFinished,
  ScheduleInterview,
  SubmitCode,
  UpdateCode,
  UpdateInterview,
  WithdrawFromInterview,
} from './interview.commands';
import { EvaluationRecorded, InterviewEvent } from './interview.events';
import { InterviewErrors, rejectFinished } from './interview.errors';
import { decideCodeAnalysis } from './code-analysis.events';
import {
  validateCode,
  validateDetails,
  validateEvaluation,
  validateExecutionResult,
  validateReview,
  validateTimestamp,
} from './interview.validation';
import {
  EMPTY_DETAILS,
  EMPTY_REVIEW,
  EvaluationInput,
  InterviewChanges,
  InterviewDetails,
  InterviewReview,
  InterviewStatus,
  SPEAKERS,
} from './interview.types';
import { takeInterviewerTurn } from './interviewer.decisions';

/** What decisions need to know: the lifecycle, the fields (to diff updates) and what was already recorded. */
export interface InterviewState {
  readonly exists: boolean;
  /** Deleted by its owner: no command applies any more (404), the stream is kept for the audit. */
  readonly deleted?: boolean;
  /** Cancelled by its candidate's withdrawal (a retried withdrawal is then a no-op). */
  readonly withdrawn?: boolean;
  readonly interviewId: string | null;
  readonly ownerId: string | null;
  readonly status: InterviewStatus | null;
  readonly details: InterviewDetails;
  readonly review: InterviewReview;
  readonly scheduledAt: string | null;
  readonly sessionCode: string | null;
  readonly roomName: string | null;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly evaluationIds: readonly string[];
  /** LiveKit redelivers webhooks; a webhook id already recorded changes nothing. */
  readonly seenWebhooks: readonly string[];
  /** The AI interviewer's view: its turns so far and the candidate's messages (a stale turn is dropped). */
  readonly interviewerTurns: number;
  readonly candidateMessages: number;
  /** The question asked last: a candidate's message answers it (none yet: a message is not an answer). */
  readonly lastQuestionId: string | null;
  /** The coding problem put to the candidate (by the interviewer's coding question, or the first graded run). */
  readonly codingProblemId: string | null;
  /** Executions and submissions analysed already (a redelivered analysis job records nothing). */
  readonly analysedExecutions: readonly string[];
}

export const initialInterviewState = (): InterviewState => ({
  exists: false,
  interviewId: null,
  ownerId: null,
  status: null,
  details: EMPTY_DETAILS,
  review: EMPTY_REVIEW,
  scheduledAt: null,
  sessionCode: null,
  roomName: null,
  startedAt: null,
  endedAt: null,
  evaluationIds: [],
  seenWebhooks: [],
  interviewerTurns: 0,
  candidateMessages: 0,
  lastQuestionId: null,
  codingProblemId: null,
  analysedExecutions: [],
});

const SESSION_CODE = /^[A-Z0-9]{6}$/;
const ROOM_NAME = /^interview-[0-9a-f]{12}$/;
const DETAIL_KEYS = new Set(Object.keys(EMPTY_DETAILS));

export function decideInterview(command: InterviewCommand, state: InterviewState): InterviewEvent[] {
  if (command.type === 'CreateInterview') return create(command, state);
  if (!state.exists || state.deleted) throw InterviewErrors.notFound();
  const id = state.interviewId as string;
  const now = command.metadata.now;
  switch (command.type) {
    case 'UpdateInterview':
      return update(command, state);
    case 'ScheduleInterview':
      return schedule(command, state);
    case 'StartInterview':
      return start(state, now);
    case 'RecordMessage':
      return recordMessage(command, state);
    case 'AskQuestion':
      return askQuestion(command, state);
    case 'UpdateCode':
      return updateCode(command, state);
    case 'ExecuteCode':
      return executeCode(command, state);
    case 'SubmitCode':
      return submitCode(command, state);
    case 'CompleteInterview':
      return complete(command, state);
    case 'DeleteInterview':
      return [{ type: 'InterviewDeleted', data: { interviewId: id, deletedAt: now } }];
    case 'CancelInterview':
      return cancel(command, state);
    case 'WithdrawFromInterview':
      return withdraw(command, state);
    case 'RecordEvaluation':
      return evaluate(command, state);
    case 'RecordParticipantJoined':
      return participantJoined(command, state);
    case 'RecordParticipantLeft':
      return participantLeft(command, state);
    case 'RecordRoomFinished':
      return roomFinished(command, state, id);
    case 'TakeInterviewerTurn':
      return takeInterviewerTurn(command, state);
    case 'RecordCodeAnalysis':
      return decideCodeAnalysis(command, id, state.analysedExecutions);
    default:
      return assertNever(command);
  }
}

export function evolveInterview(state: InterviewState, event: InterviewEvent): InterviewState {
  switch (event.type) {
    case 'InterviewCreated': {
      const d = event.data;
      return {
        ...state,
        exists: true,
        interviewId: d.interviewId,
        ownerId: d.ownerId,
        status: d.status,
        details: d.details,
        scheduledAt: d.scheduledAt,
        sessionCode: d.sessionCode,
        roomName: d.roomName,
      };
    }
    case 'InterviewUpdated': {
      const { details, review } = splitChanges(event.data.changes);
      return { ...state, details: { ...state.details, ...details }, review: { ...state.review, ...review } };
    }
    case 'InterviewScheduled':
      return { ...state, scheduledAt: event.data.scheduledAt, status: 'scheduled' };
    case 'InterviewStarted':
      return { ...state, status: 'in_progress', startedAt: event.data.startedAt };
    case 'InterviewCompleted':
      return { ...state, status: 'completed', endedAt: event.data.endedAt };
    case 'InterviewCancelled':
      return { ...state, status: 'cancelled' };
    case 'CandidateWithdrew':
      return { ...state, status: 'cancelled', withdrawn: true };
    case 'InterviewDeleted':
      return { ...state, deleted: true };
    case 'EvaluationRecorded':
      return { ...state, evaluationIds: [...state.evaluationIds, event.data.evaluationId] };
    case 'ParticipantJoined':
    case 'ParticipantLeft':
    case 'RoomFinished':
      return { ...state, seenWebhooks: [...state.seenWebhooks, event.data.webhookId] };
    case 'MessageRecorded':
      return event.data.speaker === 'candidate' ? { ...state, candidateMessages: state.candidateMessages + 1 } : state;
    case 'InterviewerTurnTaken': {
      const asked = event.data.phase === 'coding' && !event.data.question?.parentQuestionId ? (event.data.question?.bankQuestionId ?? null) : null;
      return { ...state, interviewerTurns: state.interviewerTurns + 1, codingProblemId: state.codingProblemId ?? asked };
    }
    // A legacy score (scores now live on the assessment stream): readable, it decides nothing here.
    case 'InterviewScored':
      return state;
    case 'CodeAnalyzed':
      return { ...state, analysedExecutions: [...state.analysedExecutions, event.data.executionId] };
    case 'CodeExecuted':
    case 'CodeSubmitted':
      return { ...state, codingProblemId: state.codingProblemId ?? event.data.problemId ?? null };
    case 'QuestionAsked':
      return { ...state, lastQuestionId: event.data.questionId };
    case 'CodeUpdated':
      return state;
    default:
      return assertNever(event);
  }
}

export const interviewDecider: Decider<InterviewState, InterviewCommand, InterviewEvent> = {
  initialState: initialInterviewState,
  decide: decideInterview,
  evolve: evolveInterview,
};

function create(command: CreateInterview, state: InterviewState): InterviewEvent[] {
  const d = command.data;
  if (state.exists) throw InterviewErrors.alreadyExists(d.interviewId);
  if (!SESSION_CODE.test(d.sessionCode)) throw InterviewErrors.invalid('session_code', 'must be 6 upper-case letters or digits');
  if (!ROOM_NAME.test(d.roomName)) throw InterviewErrors.invalid('room_name', 'must be interview-<12 hex digits>');
  if (!d.inviteToken) throw InterviewErrors.invalid('invite_token', 'is required');
  if (!d.ownerId) throw InterviewErrors.invalid('owner', 'is required');
  validateDetails(d.details);
  if (d.scheduledAt !== null) validateTimestamp('scheduled_at', d.scheduledAt);
  return [
    {
      type: 'InterviewCreated',
      data: {
        interviewId: d.interviewId,
        ownerId: d.ownerId,
        details: d.details,
        scheduledAt: d.scheduledAt,
        status: d.scheduledAt === null ? 'pending' : 'scheduled',
        sessionCode: d.sessionCode,
        roomName: d.roomName,
        inviteToken: d.inviteToken,
        interviewLink: d.interviewLink,
        createdAt: command.metadata.now,
      },
    },
  ];
}

/** Field changes, then the schedule, then the status: each step decided on the state the previous one left. */
function update(command: UpdateInterview, state: InterviewState): InterviewEvent[] {
  const now = command.metadata.now;
  const events: InterviewEvent[] = [];
  let current = state;
  const apply = (decided: InterviewEvent[]) => {
    events.push(...decided);
    current = decided.reduce(evolveInterview, current);
  };

  const changes = changedFields(command.data.changes, state);
  if (Object.keys(changes).length > 0) {
    if (state.status === 'cancelled') throw InterviewErrors.alreadyCancelled('update it');
    const { details, review } = splitChanges(changes);
    validateDetails({ ...state.details, ...details });
    validateReview(review);
    apply([{ type: 'InterviewUpdated', data: { interviewId: state.interviewId as string, changes, updatedAt: now } }]);
  }
  if (command.data.scheduledAt !== undefined && command.data.scheduledAt !== current.scheduledAt) {
    apply(scheduleAt(current, command.data.scheduledAt, now));
  }
  const target = command.data.status;
  if (target !== undefined && target !== current.status) apply(transitionTo(current, target, now));
  return events;
}

function transitionTo(state: InterviewState, target: InterviewStatus, now: string): InterviewEvent[] {
  const from = state.status as InterviewStatus;
  switch (target) {
    case 'pending':
      throw InterviewErrors.illegalTransition(from, target);
    case 'scheduled':
      if (from === 'pending') throw InterviewErrors.scheduleRequired();
      rejectFinished(from, 'schedule it');
      throw InterviewErrors.illegalTransition(from, target);
    case 'in_progress':
      return start(state, now);
    case 'completed':
      return from === 'pending' || from === 'scheduled' ? recordOutcome(state, now) : completeWith(state, now);
    case 'cancelled':
      return cancelWith(state, now, null);
    default:
      return assertNever(target);
  }
}

function schedule(command: ScheduleInterview, state: InterviewState): InterviewEvent[] {
  if (command.data.scheduledAt === state.scheduledAt && state.status === 'scheduled') return [];
  return scheduleAt(state, command.data.scheduledAt, command.metadata.now);
}

function scheduleAt(state: InterviewState, scheduledAt: string, now: string): InterviewEvent[] {
  rejectFinished(state.status, 'reschedule it');
  if (state.status === 'in_progress') throw InterviewErrors.alreadyStarted('reschedule it');
  validateTimestamp('scheduled_at', scheduledAt);
  return [
    {
      type: 'InterviewScheduled',
      data: { interviewId: state.interviewId as string, scheduledAt, previousScheduledAt: state.scheduledAt, at: now },
    },
  ];
}

/** Starting a running interview is a no-op, so a client may call start again to rejoin. */
function start(state: InterviewState, now: string): InterviewEvent[] {
  rejectFinished(state.status, 'start it');
  if (state.status === 'in_progress') return [];
  return [{ type: 'InterviewStarted', data: { interviewId: state.interviewId as string, startedAt: now, trigger: 'command' } }];
}

function complete(command: CompleteInterview, state: InterviewState): InterviewEvent[] {
  return completeWith(state, command.metadata.now);
}

function completeWith(state: InterviewState, now: string): InterviewEvent[] {
  rejectFinished(state.status, 'complete it');
  if (state.status !== 'in_progress') throw InterviewErrors.notStarted('complete it');
  const completed: InterviewEvent = {
    type: 'InterviewCompleted',
    data: { interviewId: state.interviewId as string, endedAt: now, trigger: 'command' },
  };
  return [completed];
}

/**
 * A recruiter records the outcome of an interview that was held outside the live session: completed without an
 * InterviewStarted (it never started here), marked as such so readers know there is no conversation to assess.
 */
function recordOutcome(state: InterviewState, now: string): InterviewEvent[] {
  return [{ type: 'InterviewCompleted', data: { interviewId: state.interviewId as string, endedAt: now, trigger: 'recorded_outcome' } }];
}

function cancel(command: CancelInterview, state: InterviewState): InterviewEvent[] {
  return cancelWith(state, command.metadata.now, command.data.reason);
}

function cancelWith(state: InterviewState, now: string, reason: string | null): InterviewEvent[] {
  rejectFinished(state.status, 'cancel it');
  return [{ type: 'InterviewCancelled', data: { interviewId: state.interviewId as string, reason, cancelledAt: now } }];
}

const MAX_WITHDRAWAL_REASON = 1000;

/** Only before it starts: once running, the interview ends by completing (or its owner cancels it). */
function withdraw(command: WithdrawFromInterview, state: InterviewState): InterviewEvent[] {
  if (state.withdrawn) return [];
  rejectFinished(state.status, 'withdraw from it');
  if (state.status === 'in_progress') throw InterviewErrors.alreadyStarted('withdraw from it');
  const { withdrawnBy, reason } = command.data;
  if (reason !== null && typeof reason !== 'string') throw InterviewErrors.invalid('reason', 'must be text');
  if (reason !== null && reason.length > MAX_WITHDRAWAL_REASON) {
    throw InterviewErrors.invalid('reason', `must be at most ${MAX_WITHDRAWAL_REASON} characters`);
  }
  return [
    {
      type: 'CandidateWithdrew',
      data: { interviewId: state.interviewId as string, withdrawnBy, reason: reason?.trim() || null, withdrawnAt: command.metadata.now },
    },
  ];
}

function recordMessage(command: RecordMessage, state: InterviewState): InterviewEvent[] {
  rejectFinished(state.status, 'record a message');
  const { messageId, speaker, text } = command.data;
  if (!SPEAKERS.includes(speaker)) throw InterviewErrors.invalid('speaker', `must be one of ${SPEAKERS.join(', ')}`);
  if (typeof text !== 'string' || text.trim() === '') throw InterviewErrors.invalid('text', 'must not be empty');
  return [
    {
      type: 'MessageRecorded',
      data: {
        interviewId: state.interviewId as string,
        messageId,
        speaker,
        text,
        timestamp: command.metadata.now,
        ...(speaker === 'candidate' ? { answersQuestionId: state.lastQuestionId } : {}),
      },
    },
  ];
}

function askQuestion(command: AskQuestion, state: InterviewState): InterviewEvent[] {
  rejectFinished(state.status, 'ask a question');
  const { questionId, text, category, difficulty } = command.data;
  if (typeof text !== 'string' || text.trim() === '') throw InterviewErrors.invalid('question', 'must not be empty');
  return [
    {
      type: 'QuestionAsked',
      data: { interviewId: state.interviewId as string, questionId, text, category, difficulty, askedAt: command.metadata.now },
    },
  ];
}

function updateCode(command: UpdateCode, state: InterviewState): InterviewEvent[] {
  rejectFinished(state.status, 'update the code');
  validateCode(command.data.code, command.data.language, true);
  return [
    {
      type: 'CodeUpdated',
      data: {
        interviewId: state.interviewId as string,
        code: command.data.code,
        language: command.data.language,
        updatedAt: command.metadata.now,
      },
    },
  ];
}

function executeCode(command: ExecuteCode, state: InterviewState): InterviewEvent[] {
  rejectFinished(state.status, 'run code');
  const d = command.data;
  validateCode(d.code, d.language, false);
  validateExecutionResult(d.result);
  rejectOtherProblem(d.problemId ?? null, state);
  return [
    {
      type: 'CodeExecuted',
      data: {
        interviewId: state.interviewId as string,
        executionId: d.executionId,
        code: d.code,
        language: d.language,
        input: d.input,
        result: d.result,
        executedAt: command.metadata.now,
        ...(d.problemId ? { problemId: d.problemId } : {}),
      },
    },
  ];
}

function submitCode(command: SubmitCode, state: InterviewState): InterviewEvent[] {
  rejectFinished(state.status, 'submit code');
  const d = command.data;
  validateCode(d.code, d.language, false);
  validateExecutionResult(d.result);
  rejectOtherProblem(d.problemId ?? null, state);
  return [
    {
      type: 'CodeSubmitted',
      data: {
        interviewId: state.interviewId as string,
        submissionId: d.submissionId,
        code: d.code,
        language: d.language,
        result: d.result,
        submittedAt: command.metadata.now,
        ...(d.problemId ? { problemId: d.problemId } : {}),
      },
    },
  ];
}

/** A run is graded against the problem that was asked: grading it against another one is refused. */
function rejectOtherProblem(problemId: string | null, state: InterviewState): void {
  if (problemId !== null && state.codingProblemId !== null && problemId !== state.codingProblemId) {
    throw InterviewErrors.codingProblemMismatch(state.codingProblemId, problemId);
  }
}

/** A reviewer may evaluate at any stage but not a cancelled interview; an evaluation id already recorded is a no-op. */
function evaluate(command: RecordEvaluation, state: InterviewState): InterviewEvent[] {
  if (state.status === 'cancelled') throw InterviewErrors.alreadyCancelled('evaluate it');
  if (state.evaluationIds.includes(command.data.evaluationId)) return [];
  return [evaluationRecorded(state, command.data, command.metadata.now)];
}

function evaluationRecorded(state: InterviewState, evaluation: EvaluationInput, now: string): EvaluationRecorded {
  validateEvaluation(evaluation);
  return { type: 'EvaluationRecorded', data: { ...evaluation, interviewId: state.interviewId as string, recordedAt: now } };
}

/**
 * Webhooks record what happened in the room whatever the interview's state (they are facts, and LiveKit
 * would only redeliver a refusal). The first participant to join a pending or scheduled interview starts it.
 */
function participantJoined(command: RecordParticipantJoined, state: InterviewState): InterviewEvent[] {
  const d = command.data;
  if (state.seenWebhooks.includes(d.webhookId)) return [];
  validateTimestamp('occurred_at', d.occurredAt);
  const interviewId = state.interviewId as string;
  const joined: InterviewEvent = {
    type: 'ParticipantJoined',
    data: {
      interviewId,
      webhookId: d.webhookId,
      participantIdentity: d.participantIdentity,
      participantName: d.participantName,
      joinedAt: d.occurredAt,
    },
  };
  if (state.status !== 'pending' && state.status !== 'scheduled') return [joined];
  return [joined, { type: 'InterviewStarted', data: { interviewId, startedAt: d.occurredAt, trigger: 'participant_joined' } }];
}

function participantLeft(command: RecordParticipantLeft, state: InterviewState): InterviewEvent[] {
  const d = command.data;
  if (state.seenWebhooks.includes(d.webhookId)) return [];
  validateTimestamp('occurred_at', d.occurredAt);
  return [
    {
      type: 'ParticipantLeft',
      data: {
        interviewId: state.interviewId as string,
        webhookId: d.webhookId,
        participantIdentity: d.participantIdentity,
        participantName: d.participantName,
        leftAt: d.occurredAt,
      },
    },
  ];
}

/** The room closing (everyone gone past LiveKit's empty timeout) ends a running interview. */
function roomFinished(command: RecordRoomFinished, state: InterviewState, interviewId: string): InterviewEvent[] {
  const d = command.data;
  if (state.seenWebhooks.includes(d.webhookId)) return [];
  validateTimestamp('occurred_at', d.occurredAt);
  const finished: InterviewEvent = {
    type: 'RoomFinished',
    data: { interviewId, webhookId: d.webhookId, roomName: state.roomName as string, finishedAt: d.occurredAt },
  };
  if (state.status !== 'in_progress') return [finished];
  return [finished, { type: 'InterviewCompleted', data: { interviewId, endedAt: d.occurredAt, trigger: 'room_finished' } }];
}

/** Only the keys whose value differs from the current one (arrays and objects compared by value). */
function changedFields(changes: InterviewChanges, state: InterviewState): InterviewChanges {
  const current: Record<string, unknown> = { ...state.details, ...state.review };
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (!(key in current)) throw InterviewErrors.invalid(key, 'is not a field of an interview');
    if (JSON.stringify(value) !== JSON.stringify(current[key])) changed[key] = value;
  }
  return changed as InterviewChanges;
}

function splitChanges(changes: InterviewChanges): { details: Partial<InterviewDetails>; review: Partial<InterviewReview> } {
  const details: Record<string, unknown> = {};
  const review: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) (DETAIL_KEYS.has(key) ? details : review)[key] = value;
  return { details: details as Partial<InterviewDetails>, review: review as Partial<InterviewReview> };
}
