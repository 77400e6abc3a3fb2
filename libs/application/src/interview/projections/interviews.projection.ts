import { RecordedEvent } from '@candor/contracts';
import { assertNever, INTERVIEW_EVENT_TYPES, InterviewEventType, InterviewScoreCard, InterviewStatus } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from './interview-events';
import { automaticScoreOf } from './score-card.projection';

export interface RoomParticipant {
  identity: string;
  name: string | null;
  joinedAt: string;
  leftAt: string | null;
}

/** One interview as every list and detail route shows it (the union of CONTRACTS.md's fields). */
export interface InterviewDocument extends ProjectedDocument {
  id: string;
  ownerId: string;
  status: InterviewStatus;
  title: string | null;
  description: string | null;
  candidateName: string | null;
  candidateEmail: string | null;
  /** Lower-cased: the candidate is matched on it case-insensitively. */
  candidateEmailKey: string | null;
  candidateId: string | null;
  jobId: string | null;
  position: string | null;
  resumeId: string | null;
  jobDescription: string | null;
  interviewType: string | null;
  difficulty: string | null;
  technologies: string[];
  durationMinutes: number | null;
  enableVideoAnalysis: boolean;
  enableRecording: boolean;
  metadata: Record<string, unknown>;
  scheduledAt: string | null;
  sessionCode: string;
  roomName: string;
  inviteToken: string;
  interviewLink: string | null;
  createdAt: string;
  /** The log position of the creation: orders interviews created within the same millisecond. */
  createdPosition: string;
  updatedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  /** Set when the candidate withdrew (then `cancelledAt`/`cancellationReason` are the withdrawal's); null otherwise. */
  withdrawnAt: string | null;
  technicalScore: number | null;
  behavioralScore: number | null;
  overallFeedback: string | null;
  messageCount: number;
  questionCount: number;
  codeUpdateCount: number;
  codeExecutionCount: number;
  codeSubmissionCount: number;
  evaluationCount: number;
  participants: RoomParticipant[];
  roomFinishedAt: string | null;
}

export const INTERVIEWS_COLLECTION = 'interviews';

/** Events that change nothing this document shows (the AI's turn records and code analyses have their own read models). */
const NOT_SHOWN: readonly InterviewEventType[] = ['InterviewerTurnTaken', 'CodeAnalyzed'];
/** Besides its own stream's events: its first score, recorded with its `ai` evaluation on the assessment stream. */
const TYPES: readonly string[] = [...INTERVIEW_EVENT_TYPES.filter((type) => !NOT_SHOWN.includes(type)), 'InterviewAssessed'];

/** Interviews list + detail, indexed for the list filters of every surface. */
export const interviewsProjection: Projection<InterviewDocument> = {
  name: 'interviews',
  collection: INTERVIEWS_COLLECTION,
  eventTypes: TYPES,
  indexes: [
    { keys: { ownerId: 1, createdAt: -1, createdPosition: -1 } },
    // "owner or candidate" lists by status: each branch of the $or reads its page in order from one of these
    { keys: { ownerId: 1, status: 1, createdAt: -1, createdPosition: -1 } },
    { keys: { candidateEmailKey: 1, status: 1, createdAt: -1, createdPosition: -1 } },
    { keys: { status: 1, createdAt: -1 } },
    { keys: { candidateEmailKey: 1, createdAt: -1 } },
    { keys: { createdAt: -1 } },
    { keys: { jobId: 1 } },
    { keys: { candidateId: 1 } },
    { keys: { roomName: 1 } },
    { keys: { sessionCode: 1 } },
  ],
  documentIds: (event: RecordedEvent) => (isInterviewEvent(event) || automaticScoreOf(event) ? [String(event.data.interviewId)] : []),
  evolve: (doc, recorded) => evolveInterviewDocument(doc, recorded),
};

export function evolveInterviewDocument(doc: InterviewDocument | null, recorded: RecordedEvent): InterviewDocument | null {
  if (recorded.type === 'InterviewAssessed') {
    const score = automaticScoreOf(recorded);
    // The assessment also records the `ai` evaluation (the legacy score was followed by an EvaluationRecorded).
    return doc && score ? { ...withScores(doc, score.card), evaluationCount: doc.evaluationCount + 1 } : doc;
  }
  const event = asInterviewEvent(recorded);
  if (event.type === 'InterviewCreated') {
    const d = event.data;
    return {
      _id: d.interviewId,
      id: d.interviewId,
      ownerId: d.ownerId,
      status: d.status,
      title: d.details.title,
      description: d.details.description,
      candidateName: d.details.candidateName,
      candidateEmail: d.details.candidateEmail,
      candidateEmailKey: d.details.candidateEmail?.toLowerCase() ?? null,
      candidateId: d.details.candidateId,
      jobId: d.details.jobId,
      position: d.details.position,
      resumeId: d.details.resumeId,
      jobDescription: d.details.jobDescription,
      interviewType: d.details.interviewType,
      difficulty: d.details.difficulty,
      technologies: [...d.details.technologies],
      durationMinutes: d.details.durationMinutes,
      enableVideoAnalysis: d.details.enableVideoAnalysis,
      enableRecording: d.details.enableRecording,
      metadata: { ...d.details.metadata },
      scheduledAt: d.scheduledAt,
      sessionCode: d.sessionCode,
      roomName: d.roomName,
      inviteToken: d.inviteToken,
      interviewLink: d.interviewLink,
      createdAt: d.createdAt,
      createdPosition: recorded.position,
      updatedAt: d.createdAt,
      startedAt: null,
      endedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      withdrawnAt: null,
      technicalScore: null,
      behavioralScore: null,
      overallFeedback: null,
      messageCount: 0,
      questionCount: 0,
      codeUpdateCount: 0,
      codeExecutionCount: 0,
      codeSubmissionCount: 0,
      evaluationCount: 0,
      participants: [],
      roomFinishedAt: null,
    };
  }
  // An event without its creation (a partial replay) has nothing to attach to.
  if (!doc) return null;
  switch (event.type) {
    case 'InterviewUpdated': {
      const changes = event.data.changes;
      const next: InterviewDocument = { ...doc, updatedAt: event.data.updatedAt };
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
      }
      if (changes.candidateEmail !== undefined) next.candidateEmailKey = changes.candidateEmail?.toLowerCase() ?? null;
      return next;
    }
    case 'InterviewScheduled':
      return { ...doc, scheduledAt: event.data.scheduledAt, status: 'scheduled', updatedAt: event.data.at };
    case 'InterviewStarted':
      return { ...doc, status: 'in_progress', startedAt: event.data.startedAt, updatedAt: event.data.startedAt };
    case 'InterviewCompleted':
      return { ...doc, status: 'completed', endedAt: event.data.endedAt, updatedAt: event.data.endedAt };
    case 'InterviewCancelled':
      return {
        ...doc,
        status: 'cancelled',
        cancelledAt: event.data.cancelledAt,
        cancellationReason: event.data.reason,
        updatedAt: event.data.cancelledAt,
      };
    case 'CandidateWithdrew':
      return {
        ...doc,
        status: 'cancelled',
        cancelledAt: event.data.withdrawnAt,
        cancellationReason: event.data.reason,
        withdrawnAt: event.data.withdrawnAt,
        updatedAt: event.data.withdrawnAt,
      };
    case 'InterviewDeleted':
      return null;
    case 'MessageRecorded':
      return { ...doc, messageCount: doc.messageCount + 1 };
    case 'QuestionAsked':
      return { ...doc, questionCount: doc.questionCount + 1 };
    case 'CodeUpdated':
      return { ...doc, codeUpdateCount: doc.codeUpdateCount + 1 };
    case 'CodeExecuted':
      return { ...doc, codeExecutionCount: doc.codeExecutionCount + 1 };
    case 'CodeSubmitted':
      return { ...doc, codeSubmissionCount: doc.codeSubmissionCount + 1 };
    case 'EvaluationRecorded':
      return { ...doc, evaluationCount: doc.evaluationCount + 1 };
    case 'ParticipantJoined':
      return {
        ...doc,
        participants: [
          ...doc.participants,
          { identity: event.data.participantIdentity, name: event.data.participantName, joinedAt: event.data.joinedAt, leftAt: null },
        ],
      };
    case 'ParticipantLeft': {
      const participants = doc.participants.map((p) => ({ ...p }));
      const open = participants.filter((p) => p.identity === event.data.participantIdentity && p.leftAt === null).pop();
      if (open) open.leftAt = event.data.leftAt;
      return { ...doc, participants };
    }
    case 'RoomFinished':
      return { ...doc, roomFinishedAt: event.data.finishedAt };
    case 'InterviewerTurnTaken':
    case 'CodeAnalyzed':
      return doc;
    case 'InterviewScored':
      return withScores(doc, event.data.card);
    default:
      return assertNever(event);
  }
}

/** The AI's scores fill S1's review fields (0..100) only where no reviewer has set them. */
function withScores(doc: InterviewDocument, card: InterviewScoreCard): InterviewDocument {
  return {
    ...doc,
    technicalScore: doc.technicalScore ?? Math.round(card.technical.score * 100),
    behavioralScore: doc.behavioralScore ?? Math.round((card.behavioral ?? card.communication).score * 100),
    overallFeedback: doc.overallFeedback ?? card.recommendationReasoning,
  };
}
