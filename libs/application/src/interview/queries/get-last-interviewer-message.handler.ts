import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { TRANSCRIPTS_COLLECTION, TranscriptDocument, TranscriptEntry } from '../projections/transcript.projection';
import { GetLastInterviewerMessageQuery } from './get-last-interviewer-message.query';
import { loadVisibleInterview } from './load-visible-interview';

@QueryHandler(GetLastInterviewerMessageQuery)
export class GetLastInterviewerMessageHandler implements IQueryHandler<GetLastInterviewerMessageQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetLastInterviewerMessageQuery): Promise<TranscriptEntry | null> {
    if (q.actor) await loadVisibleInterview(this.store, q.interviewId, q.actor, 'participate');
    const transcript = await this.store.collection<TranscriptDocument>(TRANSCRIPTS_COLLECTION).findOne({ _id: q.interviewId });
    return [...(transcript?.messages ?? [])].reverse().find((m) => m.speaker === 'ai') ?? null;
  }
}
