import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../../candidate/projections/candidates.projection';
import { JOBS_COLLECTION, JobDocument } from '../../job/projections/jobs.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { GetInterviewSubjectsQuery, InterviewSubjects } from './get-interview-subjects.query';

@QueryHandler(GetInterviewSubjectsQuery)
export class GetInterviewSubjectsHandler implements IQueryHandler<GetInterviewSubjectsQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(q: GetInterviewSubjectsQuery): Promise<InterviewSubjects> {
    const jobIds = [...new Set(q.interviews.map((i) => i.jobId).filter((id): id is string => !!id))];
    const candidateIds = [...new Set(q.interviews.map((i) => i.candidateId).filter((id): id is string => !!id))];
    const jobs = await Promise.all(jobIds.map((id) => this.store.collection<JobDocument>(JOBS_COLLECTION).findOne({ _id: id })));
    const candidates = await Promise.all(candidateIds.map((id) => this.store.collection<CandidateDocument>(CANDIDATES_COLLECTION).findOne({ _id: id })));
    return {
      jobs: new Map(jobs.filter((d): d is JobDocument => !!d).map((d) => [d.id, d])),
      candidates: new Map(candidates.filter((d): d is CandidateDocument => !!d).map((d) => [d.id, d])),
    };
  }
}
