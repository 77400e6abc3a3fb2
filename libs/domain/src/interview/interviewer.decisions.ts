import { RecordInterviewScore, TakeInterviewerTurn } from './interview.commands';
import { InterviewEvent } from './interview.events';
import { InterviewErrors, rejectFinished } from './interview.errors';
import { validateEvaluation } from './interview.validation';
import { DomainError } from '../shared/domain-error';
import { RECOMMENDATIONS } from './interviewer.types';
import { InterviewStatus } from './interview.types';

/**
 * The part of the interview's state the interviewer's decisions read. Declared here, not imported from
 * interview.decider.ts, because the decider calls these decisions: the dependency points one way.
 */
export interface InterviewerDecisionState {
  readonly interviewId: string | null;
  readonly status: InterviewStatus | null;
  readonly interviewerTurns: number;
  readonly candidateMessages: number;
  readonly scoreKeys: readonly string[];
}

/** The key that makes a score idempotent: the same events scored by the same rubric and model. */
export function scoreKey(basisVersion: number, rubric: string, model: string): string {
  return `${basisVersion}|${rubric}|${model}`;
}

/** The AI interviewer's turn: its message, its question (if it asks one) and the turn's audit record. */
export function takeInterviewerTurn(command: TakeInterviewerTurn, state: InterviewerDecisionState): InterviewEvent[] {
  rejectFinished(state.status, 'take an interviewer turn');
  const { turn, afterTurns, afterCandidateMessages } = command.data;
  // Decided on a state that has moved on (a concurrent turn or a newer answer): that turn answers instead.
  if (afterTurns !== state.interviewerTurns || afterCandidateMessages !== state.candidateMessages) return [];
  if (typeof turn.text !== 'string' || turn.text.trim() === '') throw InterviewErrors.invalid('text', 'must not be empty');
  const interviewId = state.interviewId as string;
  const now = command.metadata.now;
  const events: InterviewEvent[] = [
    { type: 'MessageRecorded', data: { interviewId, messageId: turn.messageId, speaker: 'ai', text: turn.text, timestamp: now } },
  ];
  if (turn.question) {
    events.push({
      type: 'QuestionAsked',
      data: {
        interviewId,
        questionId: turn.question.questionId,
        text: turn.question.text,
        category: turn.phase,
        difficulty: turn.question.difficulty,
        askedAt: now,
      },
    });
  }
  events.push({ type: 'InterviewerTurnTaken', data: { ...turn, interviewId, takenAt: now } });
  return events;
}

/** Scores only a completed interview; the same basis, rubric and model scored twice records nothing new. */
export function recordInterviewScore(command: RecordInterviewScore, state: InterviewerDecisionState): InterviewEvent[] {
  if (state.status !== 'completed') {
    throw new DomainError('INTERVIEW.NOT_COMPLETED', 'Cannot score the interview: it is not completed', 'conflict');
  }
  const { scoreId, basisVersion, card, evaluation } = command.data;
  if (state.scoreKeys.includes(scoreKey(basisVersion, card.versions.rubric, card.versions.model))) return [];
  if (!RECOMMENDATIONS.includes(card.recommendation)) throw InterviewErrors.invalid('recommendation', `must be one of ${RECOMMENDATIONS.join(', ')}`);
  if (!(card.overall >= 0 && card.overall <= 1)) throw InterviewErrors.invalid('overall', 'must be between 0 and 1');
  validateEvaluation(evaluation);
  const interviewId = state.interviewId as string;
  const now = command.metadata.now;
  return [
    { type: 'InterviewScored', data: { interviewId, scoreId, basisVersion, card, scoredAt: now } },
    { type: 'EvaluationRecorded', data: { ...evaluation, interviewId, recordedAt: now } },
  ];
}
