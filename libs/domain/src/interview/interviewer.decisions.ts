import { TakeInterviewerTurn } from './interview.commands';
import { InterviewEvent } from './interview.events';
import { InterviewErrors, rejectFinished } from './interview.errors';
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
