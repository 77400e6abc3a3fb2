import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TRANSCRIPTS_COLLECTION, TranscriptDocument } from '../../interview/projections/transcript.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { resolveScoreEvidence, ScoreEvidenceView } from '../evidence/score-evidence';
import { CODE_RUNS_COLLECTION, CodeRunDocument } from '../projections/code-runs.projection';
import { GetScoreEvidenceQuery } from './get-score-evidence.query';

@QueryHandler(GetScoreEvidenceQuery)
export class GetScoreEvidenceHandler implements IQueryHandler<GetScoreEvidenceQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute({ view }: GetScoreEvidenceQuery): Promise<ScoreEvidenceView> {
    const interviewId = view.interview.id;
    const [transcript, runs] = await Promise.all([
      this.store.collection<TranscriptDocument>(TRANSCRIPTS_COLLECTION).findOne({ _id: interviewId }),
      this.store.collection<CodeRunDocument>(CODE_RUNS_COLLECTION).find({ interviewId }, { sort: { sequence: 1 } }),
    ]);
    return resolveScoreEvidence(view.score.card, transcript?.messages ?? [], runs, view.interview);
  }
}
