import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../projections/score-card.projection';
import { TRANSCRIPTS_COLLECTION, TranscriptDocument } from '../projections/transcript.projection';
import { GetScoreCardQuery, InterviewScoreView } from './get-score-card.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetScoreCardQuery)
export class GetScoreCardHandler implements IQueryHandler<GetScoreCardQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetScoreCardQuery): Promise<InterviewScoreView> {
    const interview = await loadVisibleInterview(this.store, q.interviewId, q.viewer, 'evaluate');
    const score = await this.store.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).findOne({ _id: interview.id });
    if (!score) {
      if (interview.status !== 'completed') {
        throw new DomainError('INTERVIEW.NOT_COMPLETED', `The interview is ${interview.status}: it is scored once it is completed`, 'conflict');
      }
      throw new DomainError('INTERVIEW.SCORE_NOT_READY', 'The interview is completed and being scored; try again shortly', 'not_found');
    }
    const transcript = q.withTranscript
      ? ((await this.store.collection<TranscriptDocument>(TRANSCRIPTS_COLLECTION).findOne({ _id: interview.id }))?.messages ?? [])
      : [];
    return { interview, score, transcript };
  }
}
