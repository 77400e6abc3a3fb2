import { Command } from '@nestjs/cqrs';
import { UserRole } from '@candor/domain';

/**
 * Any surface's sign-up. `username` is derived from the email when omitted; `role` defaults to recruiter.
 * Surfaces only offer self-service roles; `admin`/`isSuperuser` come from the bootstrap (or an admin).
 */
export class RegisterUserCommand extends Command<{ userId: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly fullName: string,
    readonly username?: string,
    readonly role?: UserRole,
    readonly isSuperuser = false,
  ) {
    super();
  }
}
