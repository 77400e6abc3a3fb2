import { Command } from '@nestjs/cqrs';

/** Mails the user a one-time link that proves they read mail sent to their address (no-op once verified). */
export class RequestEmailVerificationCommand extends Command<{ sent: boolean }> {
  constructor(readonly userId: string) {
    super();
  }
}
