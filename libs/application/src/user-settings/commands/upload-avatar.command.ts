import { Readable } from 'node:stream';
import { Command } from '@nestjs/cqrs';
import { UserSettingsState } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;

export class UploadAvatarCommand extends Command<UserSettingsState> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly upload: { fileName: string; content: Readable },
  ) {
    super();
  }
}
