import { RecordedEvent } from '@candor/contracts';
import { EvaluationInput, InterviewAssessed, isAssessmentStreamId } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from './interview-events';

/** One evaluation of an interview (a reviewer's, or the feedback computed when it completed). */
export interface EvaluationDocument extends ProjectedDocument {
  id: string;
  interviewId: string;
  source: EvaluationInput['source'];
  evaluatorId: string | null;
  scale: number;
  scores: EvaluationInput['scores'];
  skillBreakdown: Record<string, number>;
  keyFindings: EvaluationInput['keyFindings'];
  recommendations: string[];
  summary: string | null;
  createdAt: string;
  sequence: number;
}

export const EVALUATIONS_COLLECTION = 'interview_evaluations';

/**
 * The evaluation an event records: a reviewer's (or a legacy score's `ai` one) as `EvaluationRecorded` on
 * the interview stream, or the `ai` evaluation of the automatic assessment on the assessment stream.
 * `sequence` orders an interview's evaluations by the interview events they follow: the assessment's sits
 * right after the events it was computed from (its basis), as the legacy one did.
 */
function evaluationOf(recorded: RecordedEvent): { evaluation: EvaluationInput; interviewId: string; recordedAt: string; sequence: number } | null {
  if (recorded.type === 'EvaluationRecorded' && isInterviewEvent(recorded)) {
    const event = asInterviewEvent(recorded);
    if (event.type !== 'EvaluationRecorded') return null;
    return { evaluation: event.data, interviewId: event.data.interviewId, recordedAt: event.data.recordedAt, sequence: recorded.revision };
  }
  if (recorded.type === 'InterviewAssessed' && isAssessmentStreamId(recorded.streamId)) {
    const d = (recorded as unknown as InterviewAssessed).data;
    return { evaluation: d.evaluation, interviewId: d.interviewId, recordedAt: d.assessedAt, sequence: d.basisVersion + 0.5 };
  }
  return null;
}

export const evaluationsProjection: Projection<EvaluationDocument> = {
  name: 'interview-evaluations',
  collection: EVALUATIONS_COLLECTION,
  eventTypes: ['EvaluationRecorded', 'InterviewAssessed'],
  indexes: [{ keys: { interviewId: 1, sequence: 1 } }],
  documentIds: (event: RecordedEvent) => {
    const found = evaluationOf(event);
    return found ? [`${found.interviewId}:${found.evaluation.evaluationId}`] : [];
  },
  evolve(doc, recorded) {
    const found = evaluationOf(recorded);
    if (!found) return doc;
    const d = found.evaluation;
    return {
      _id: `${found.interviewId}:${d.evaluationId}`,
      id: d.evaluationId,
      interviewId: found.interviewId,
      source: d.source,
      evaluatorId: d.evaluatorId,
      scale: d.scale,
      scores: { ...d.scores },
      skillBreakdown: { ...d.skillBreakdown },
      keyFindings: d.keyFindings.map((f) => ({ ...f })),
      recommendations: [...d.recommendations],
      summary: d.summary,
      createdAt: found.recordedAt,
      sequence: found.sequence,
    };
  },
};
