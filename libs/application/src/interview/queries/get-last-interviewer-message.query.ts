import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { TranscriptEntry } from '../projections/transcript.projection';

/**
 * The AI interviewer's last message in the transcript, or null: what a client rejoining a running interview
 * hears again. A null actor is the server acting for a party it has already admitted (an invite bearer).
 */
export class GetLastInterviewerMessageQuery extends Query<TranscriptEntry | null> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser | null,
  ) {
    super();
  }
}
