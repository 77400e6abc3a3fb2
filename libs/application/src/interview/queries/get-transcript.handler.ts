import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { TRANSCRIPTS_COLLECTION, TranscriptDocument, TranscriptEntry } from '../projections/transcript.projection';
import { GetTranscriptQuery } from './get-transcript.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetTranscriptQuery)
export class GetTranscriptHandler implements IQueryHandler<GetTranscriptQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetTranscriptQuery): Promise<TranscriptEntry[]> {
    await loadVisibleInterview(this.store, q.interviewId, q.viewer);
    const doc = await this.store.collection<TranscriptDocument>(TRANSCRIPTS_COLLECTION).findOne({ _id: q.interviewId });
    return doc?.messages ?? [];
  }
}
