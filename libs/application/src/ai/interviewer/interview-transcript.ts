import { InterviewEvent, InterviewerTurnTaken, TurnQuestion } from '@candor/domain';

export interface CandidateAnswer {
  readonly messageId: string;
  readonly text: string;
}

/** A question put to the candidate, with every answer given to it and to its follow-ups. */
export interface AskedQuestionRecord {
  readonly questionId: string;
  readonly text: string;
  readonly phase: string;
  readonly difficulty: string | null;
  /** From the interviewer's turn; null for a question a person asked. */
  readonly turnQuestion: TurnQuestion | null;
  readonly answers: CandidateAnswer[];
  readonly followUpIds: string[];
}

export interface InterviewTranscript {
  readonly turns: InterviewerTurnTaken['data'][];
  /** Root questions (follow-ups folded into their parent), in the order asked. */
  readonly questions: AskedQuestionRecord[];
  readonly candidateMessages: CandidateAnswer[];
  /** Candidate messages since the interviewer last spoke. */
  readonly sinceLastTurn: CandidateAnswer[];
  readonly interviewerTurns: number;
}

/**
 * Reads the conversation out of an interview's events: which question each candidate message answers
 * (the one recorded on the message by the interview's decider, i.e. the latest question asked before it;
 * a follow-up's answers belong to the question it digs into).
 */
export function readTranscript(history: readonly InterviewEvent[]): InterviewTranscript {
  const turns: InterviewerTurnTaken['data'][] = [];
  const turnQuestions = new Map<string, TurnQuestion>();
  for (const e of history) if (e.type === 'InterviewerTurnTaken' && e.data.question) turnQuestions.set(e.data.question.questionId, e.data.question);

  const questions: AskedQuestionRecord[] = [];
  const byId = new Map<string, AskedQuestionRecord>();
  const candidateMessages: CandidateAnswer[] = [];
  let current: AskedQuestionRecord | null = null;
  let sinceLastTurn: CandidateAnswer[] = [];
  // The question a candidate's message answers, as recorded on it (null: none was asked yet, so it is no
  // answer); a message stored before the attribution was recorded answers the latest question asked before it.
  const answered = (recorded: string | null | undefined): AskedQuestionRecord | null =>
    recorded === undefined ? current : recorded === null ? null : (byId.get(recorded) ?? null);
  for (const e of history) {
    switch (e.type) {
      case 'QuestionAsked': {
        const tq = turnQuestions.get(e.data.questionId) ?? null;
        const parent = tq?.parentQuestionId ? byId.get(tq.parentQuestionId) : undefined;
        if (parent) {
          parent.followUpIds.push(e.data.questionId);
          byId.set(e.data.questionId, parent);
          current = parent;
          break;
        }
        const record: AskedQuestionRecord = {
          questionId: e.data.questionId,
          text: e.data.text,
          phase: e.data.category ?? 'technical',
          difficulty: e.data.difficulty,
          turnQuestion: tq,
          answers: [],
          followUpIds: [],
        };
        questions.push(record);
        byId.set(record.questionId, record);
        current = record;
        break;
      }
      case 'MessageRecorded':
        if (e.data.speaker !== 'candidate') break;
        candidateMessages.push({ messageId: e.data.messageId, text: e.data.text });
        sinceLastTurn.push({ messageId: e.data.messageId, text: e.data.text });
        answered(e.data.answersQuestionId)?.answers.push({ messageId: e.data.messageId, text: e.data.text });
        break;
      case 'InterviewerTurnTaken':
        turns.push(e.data);
        sinceLastTurn = [];
        break;
      default:
        break;
    }
  }
  return { turns, questions, candidateMessages, sinceLastTurn, interviewerTurns: turns.length };
}
