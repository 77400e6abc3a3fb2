import { RecordedEvent } from '@candor/contracts';
import { EvaluationInput } from '@candor/domain';
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

export const evaluationsProjection: Projection<EvaluationDocument> = {
  name: 'interview-evaluations',
  collection: EVALUATIONS_COLLECTION,
  eventTypes: ['EvaluationRecorded'],
  indexes: [{ keys: { interviewId: 1, sequence: 1 } }],
  documentIds: (event: RecordedEvent) =>
    isInterviewEvent(event) ? [`${String(event.data.interviewId)}:${String(event.data.evaluationId)}`] : [],
  evolve(doc, recorded) {
    const event = asInterviewEvent(recorded);
    if (event.type !== 'EvaluationRecorded') return doc;
    const d = event.data;
    return {
      _id: `${d.interviewId}:${d.evaluationId}`,
      id: d.evaluationId,
      interviewId: d.interviewId,
      source: d.source,
      evaluatorId: d.evaluatorId,
      scale: d.scale,
      scores: { ...d.scores },
      skillBreakdown: { ...d.skillBreakdown },
      keyFindings: d.keyFindings.map((f) => ({ ...f })),
      recommendations: [...d.recommendations],
      summary: d.summary,
      createdAt: d.recordedAt,
      sequence: recorded.revision,
    };
  },
};
