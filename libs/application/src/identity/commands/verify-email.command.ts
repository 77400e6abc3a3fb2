import { Command } from '@nestjs/cqrs';

/** Spends a verification link's token: the account's email becomes verified (and the address its own). */
export class VerifyEmailCommand extends Command<{ userId: string; email: string }> {
  constructor(readonly token: string) {
    super();
  }
}
