import { Command } from '@nestjs/cqrs';

/** S4 reset-password: spends a mailed token (single use, expiring) and revokes every session of the user. */
export class ResetPasswordCommand extends Command<void> {
  constructor(
    readonly token: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
