import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';

/** Creates a key for the caller; the answer holds the secret, which is never shown again. */
export class CreateApiKeyCommand extends Command<{ keyId: string; secret: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly name: string,
  ) {
    super();
  }
}
