import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { TranscriptEntry } from '../projections/transcript.projection';

export class GetTranscriptQuery extends Query<TranscriptEntry[]> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
