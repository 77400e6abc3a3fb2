import { Readable } from 'node:stream';
import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { RecordingView } from '../recording/recording-view';

/** The interview's current recording (404 when it has none; the interview's own 403/404 first). */
export class GetRecordingQuery extends Query<RecordingView> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}

/** The recording's bytes, for a raw download. */
export class OpenRecordingQuery extends Query<{ view: RecordingView; stream: Readable; size: number }> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
