import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';

/** Deactivates one of the caller's keys (404 for anyone else's); a deactivated key authenticates no more. */
export class DeactivateApiKeyCommand extends Command<void> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly keyId: string,
  ) {
    super();
  }
}
