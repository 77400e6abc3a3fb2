import { RecordedEvent } from '@candor/contracts';
import { CodeExecutionResult, InterviewStatus, Speaker } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from './interview-events';

export interface ConversationTurn {
  id: string;
  speaker: Speaker;
  text: string;
  timestamp: string;
}

export interface AskedQuestion {
  id: string;
  text: string;
  category: string | null;
  difficulty: string | null;
  askedAt: string;
}

export interface CodeSubmissionEntry {
  id: string;
  code: string;
  language: string;
  result: CodeExecutionResult;
  submittedAt: string;
}

/**
 * The live state of an interview (S2 `GET /interviews/{id}/state`). `phase` follows what is happening:
 * `not_started`, `introduction` once started, then the category of the latest question (default
 * `technical`), `coding` while the candidate works on code, and finally `completed` or `cancelled`.
 */
export interface InterviewStateDocument extends ProjectedDocument {
  interviewId: string;
  status: InterviewStatus;
  phase: string;
  /** Every utterance (candidate, AI or interviewer) is one turn. */
  turnCount: number;
  conversationHistory: ConversationTurn[];
  questionsAsked: AskedQuestion[];
  codeSubmissions: CodeSubmissionEntry[];
  currentCode: { code: string; language: string; updatedAt: string } | null;
}

export const INTERVIEW_STATES_COLLECTION = 'interview_states';

export const interviewStateProjection: Projection<InterviewStateDocument> = {
  name: 'interview-states',
  collection: INTERVIEW_STATES_COLLECTION,
  eventTypes: [
    'InterviewCreated',
    'InterviewStarted',
    'InterviewCompleted',
    'InterviewCancelled',
    'CandidateWithdrew',
    'MessageRecorded',
    'QuestionAsked',
    'CodeUpdated',
    'CodeExecuted',
    'CodeSubmitted',
  ],
  documentIds: (event: RecordedEvent) => (isInterviewEvent(event) ? [String(event.data.interviewId)] : []),
  evolve(doc, recorded) {
    const event = asInterviewEvent(recorded);
    if (event.type === 'InterviewCreated') {
      return {
        _id: event.data.interviewId,
        interviewId: event.data.interviewId,
        status: event.data.status,
        phase: 'not_started',
        turnCount: 0,
        conversationHistory: [],
        questionsAsked: [],
        codeSubmissions: [],
        currentCode: null,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'InterviewStarted':
        return { ...doc, status: 'in_progress', phase: doc.questionsAsked.length === 0 ? 'introduction' : doc.phase };
      case 'InterviewCompleted':
        return { ...doc, status: 'completed', phase: 'completed' };
      case 'InterviewCancelled':
      case 'CandidateWithdrew':
        return { ...doc, status: 'cancelled', phase: 'cancelled' };
      case 'MessageRecorded': {
        const { messageId, speaker, text, timestamp } = event.data;
        return {
          ...doc,
          turnCount: doc.turnCount + 1,
          conversationHistory: [...doc.conversationHistory, { id: messageId, speaker, text, timestamp }],
        };
      }
      case 'QuestionAsked': {
        const { questionId, text, category, difficulty, askedAt } = event.data;
        return {
          ...doc,
          phase: category ?? 'technical',
          questionsAsked: [...doc.questionsAsked, { id: questionId, text, category, difficulty, askedAt }],
        };
      }
      case 'CodeUpdated':
        return {
          ...doc,
          phase: 'coding',
          currentCode: { code: event.data.code, language: event.data.language, updatedAt: event.data.updatedAt },
        };
      case 'CodeExecuted':
        return {
          ...doc,
          phase: 'coding',
          currentCode: { code: event.data.code, language: event.data.language, updatedAt: event.data.executedAt },
        };
      case 'CodeSubmitted': {
        const { submissionId, code, language, result, submittedAt } = event.data;
        return {
          ...doc,
          phase: 'coding',
          currentCode: { code, language, updatedAt: submittedAt },
          codeSubmissions: [...doc.codeSubmissions, { id: submissionId, code, language, result, submittedAt }],
        };
      }
      default:
        return doc;
    }
  },
};
