import { DomainError } from '@candor/domain';
import { ReadStore } from '../../ports/read-store.port';
import { InterviewDocument } from '../projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../projections/score-card.projection';

/**
 * The interview's score card, which is its report: 409 while the interview is not completed, 404 while a completed
 * one is being scored. Reading the report and sharing it both need it.
 */
export async function loadScoreCard(store: ReadStore, interview: InterviewDocument): Promise<ScoreCardDocument> {
  const score = await store.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).findOne({ _id: interview.id });
  if (score) return score;
  if (interview.status !== 'completed') {
    throw new DomainError('INTERVIEW.NOT_COMPLETED', `The interview is ${interview.status}: it is scored once it is completed`, 'conflict');
  }
  throw new DomainError('INTERVIEW.SCORE_NOT_READY', 'The interview is completed and being scored; try again shortly', 'not_found');
}
