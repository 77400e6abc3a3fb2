import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { RecordingAnalysis } from '../recording/recording-analysis';

export class GetRecordingAnalysisQuery extends Query<RecordingAnalysis> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
