import { Command } from '@nestjs/cqrs';

/** The bootstrap (ADMIN_EMAIL/ADMIN_PASSWORD): create this superuser unless a user already has the email. */
export class EnsureSuperuserCommand extends Command<{ userId: string; created: boolean }> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
