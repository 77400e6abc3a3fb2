import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../../candidate/projections/candidates.projection';
import { USERS_COLLECTION, UserDocument } from '../../identity/projections/users.projection';
import { TRANSCRIPTS_COLLECTION, TranscriptDocument } from '../../interview/projections/transcript.projection';
import { JOBS_COLLECTION, JobDocument } from '../../job/projections/jobs.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { GetInterviewPeopleQuery, InterviewPeople } from './get-interview-people.query';

export const AI_INTERVIEWER_NAME = 'Candor AI interviewer';

/**
 * Names read at report time from the candidate, job and user read models, so an S3 interview that links a
 * parsed candidate by id is named as that candidate (the interview itself may carry no name).
 */
@QueryHandler(GetInterviewPeopleQuery)
export class GetInterviewPeopleHandler implements IQueryHandler<GetInterviewPeopleQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute({ interview }: GetInterviewPeopleQuery): Promise<InterviewPeople> {
    const users = this.store.collection<UserDocument>(USERS_COLLECTION);
    const [candidate, job, transcript] = await Promise.all([
      interview.candidateId ? this.store.collection<CandidateDocument>(CANDIDATES_COLLECTION).findOne({ _id: interview.candidateId }) : null,
      interview.jobId ? this.store.collection<JobDocument>(JOBS_COLLECTION).findOne({ _id: interview.jobId }) : null,
      this.store.collection<TranscriptDocument>(TRANSCRIPTS_COLLECTION).findOne({ _id: interview.id }),
    ]);
    const joined = await Promise.all([interview.ownerId, ...interview.participants.map((p) => p.identity)].map((id) => users.findOne({ _id: id })));
    const interviewers = joined
      .filter((u, i): u is UserDocument => !!u && (i === 0 || u.role !== 'candidate'))
      .map((u) => u.fullName || u.username);
    if (transcript?.messages.some((m) => m.speaker === 'ai')) interviewers.push(AI_INTERVIEWER_NAME);
    return {
      candidate: candidate?.fullName ?? interview.candidateName ?? candidate?.email ?? interview.candidateEmail,
      job: job?.title ?? interview.position ?? interview.title,
      interviewers: [...new Set(interviewers)],
    };
  }
}
