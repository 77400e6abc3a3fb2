import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { RecordingView } from '../recording/recording-view';

/** Runs speech to text over the stored recording and records the transcript on the recording's stream. */
export class TranscribeRecordingCommand extends Command<RecordingView> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
