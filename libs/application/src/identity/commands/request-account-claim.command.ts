import { Command } from '@nestjs/cqrs';
import { AccountClaimTerms } from '@candor/domain';

/**
 * Someone registered with the address of an account nobody has proved: mail the address a one-time claim link
 * (a password-reset token carrying `terms`), at most one outstanding per address.
 */
export class RequestAccountClaimCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly terms: AccountClaimTerms,
  ) {
    super();
  }
}
