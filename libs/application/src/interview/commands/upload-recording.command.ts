import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { RecordingView } from '../recording/recording-view';

export interface RecordingUpload {
  readonly fileName: string;
  /** The content type the client declared for the part: only `audio/*` and `video/*` are taken. */
  readonly contentType: string;
  /** The file's bytes as they arrive (never buffered whole). */
  readonly content: AsyncIterable<Buffer | Uint8Array | string>;
}

/** S4 `POST /candidates/recordings/{id}/upload`: stream the recording to storage and record it on the interview. */
export class UploadRecordingCommand extends Command<RecordingView> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly upload: RecordingUpload,
  ) {
    super();
  }
}
