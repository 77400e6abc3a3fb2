import { RecordedEvent } from '@candor/contracts';
import { InterviewScoreCard } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from './interview-events';

/**
 * The latest AI score card of an interview (S3 `GET /api/interviews/{id}/score/` and the report routes).
 * A re-score (a new basis, rubric or model) replaces the card; `scoreCount` says how many there were.
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

export const scoreCardProjection: Projection<ScoreCardDocument> = {
  name: 'interview-score-cards',
  collection: SCORE_CARDS_COLLECTION,
  eventTypes: ['InterviewScored'],
  documentIds: (event: RecordedEvent) => (isInterviewEvent(event) ? [String(event.data.interviewId)] : []),
  evolve(doc, recorded) {
    const event = asInterviewEvent(recorded);
    if (event.type !== 'InterviewScored') return doc;
    const { interviewId, scoreId, basisVersion, card, scoredAt } = event.data;
    return { _id: interviewId, interviewId, scoreId, basisVersion, card, scoredAt, scoreCount: (doc?.scoreCount ?? 0) + 1 };
  },
};
