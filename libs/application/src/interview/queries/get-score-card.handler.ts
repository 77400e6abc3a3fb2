import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { TRANSCRIPTS_COLLECTION, TranscriptDocument } from '../projections/transcript.projection';
import { GetScoreCardQuery, InterviewScoreView } from './get-score-card.query';
import { loadScoreCard } from './load-score-card';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetScoreCardQuery)
export class GetScoreCardHandler implements IQueryHandler<GetScoreCardQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetScoreCardQuery): Promise<InterviewScoreView> {
    const interview = await loadVisibleInterview(this.store, q.interviewId, q.viewer, 'evaluate');
    const score = await loadScoreCard(this.store, interview);
    const transcript = q.withTranscript
      ? ((await this.store.collection<TranscriptDocument>(TRANSCRIPTS_COLLECTION).findOne({ _id: interview.id }))?.messages ?? [])
      : [];
    return { interview, score, transcript };
  }
}
