import { timingSafeEqual } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { isInterviewId } from '../interview-access';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../projections/interviews.projection';
import { GetInterviewByInviteQuery } from './get-interview-by-invite.query';

@QueryHandler(GetInterviewByInviteQuery)
export class GetInterviewByInviteHandler implements IQueryHandler<GetInterviewByInviteQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetInterviewByInviteQuery): Promise<InterviewDocument | null> {
    if (!isInterviewId(q.interviewId)) return null;
    const doc = await this.store.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: q.interviewId });
    return doc && sameSecret(doc.inviteToken, q.inviteToken) ? doc : null;
  }
}

/** Compared in constant time: the answer must not tell how much of a guessed token was right. */
function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
