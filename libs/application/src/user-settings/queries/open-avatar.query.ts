import { Readable } from 'node:stream';
import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The caller's avatar bytes as a stream, or null when none was uploaded. */
export class OpenAvatarQuery extends Query<{ stream: Readable; contentType: string; size: number } | null> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}
