import { Query } from '@nestjs/cqrs';
import { InterviewScoreView } from '../../interview/queries/get-score-card.query';
import { ScoreEvidenceView } from '../evidence/score-evidence';

/**
 * The evidence of a score card the caller already reads (access was checked when the view was read): every
 * cited message quoted with its time, every cited code run with its tests, time, memory and recorded analysis.
 */
export class GetScoreEvidenceQuery extends Query<ScoreEvidenceView> {
  constructor(readonly view: Pick<InterviewScoreView, 'interview' | 'score'>) {
    super();
  }
}
