import { RecordedEvent } from '@candor/contracts';
import { InterviewAssessed, InterviewScored, InterviewScoreCard, isAssessmentStreamId } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { isInterviewEvent } from './interview-events';

/**
 * The AI score card of an interview (S3 `GET /api/interviews/{id}/score/` and the report routes): its
 * first, automatic score, `InterviewAssessed` on the assessment stream, or, for an interview scored before
 * the assessment had its own stream, the stored `InterviewScored` on the interview stream. Re-score
 * versions are listed beside it (`GET …/scores`) and do not replace it.
 */
export interface ScoreCardDocument extends ProjectedDocument {
  interviewId: string;
  scoreId: string;
  basisVersion: number;
  card: InterviewScoreCard;
  scoredAt: string;
  scoreCount: number;
}

export const SCORE_CARDS_COLLECTION = 'interview_score_cards';

/** The automatic score an event records, from either stream kind (null: not a score this card shows). */
export function automaticScoreOf(event: RecordedEvent): { interviewId: string; scoreId: string; basisVersion: number; card: InterviewScoreCard; scoredAt: string } | null {
  if (event.type === 'InterviewScored' && isInterviewEvent(event)) {
    const d = (event as unknown as InterviewScored).data;
    return { interviewId: d.interviewId, scoreId: d.scoreId, basisVersion: d.basisVersion, card: d.card, scoredAt: d.scoredAt };
  }
  if (event.type === 'InterviewAssessed' && isAssessmentStreamId(event.streamId)) {
    const d = (event as unknown as InterviewAssessed).data;
    return { interviewId: d.interviewId, scoreId: d.scoreId, basisVersion: d.basisVersion, card: d.card, scoredAt: d.assessedAt };
  }
  return null;
}

export const scoreCardProjection: Projection<ScoreCardDocument> = {
  name: 'interview-score-cards',
  collection: SCORE_CARDS_COLLECTION,
  eventTypes: ['InterviewScored', 'InterviewAssessed'],
  documentIds: (event: RecordedEvent) => {
    const score = automaticScoreOf(event);
    return score ? [score.interviewId] : [];
  },
  evolve(doc, recorded) {
    const score = automaticScoreOf(recorded);
    if (!score) return doc;
    return { _id: score.interviewId, ...score, scoreCount: (doc?.scoreCount ?? 0) + 1 };
  },
};
