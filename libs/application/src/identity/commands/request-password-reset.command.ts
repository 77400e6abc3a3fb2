import { Command } from '@nestjs/cqrs';

/** S4 forgot-password: answers the same whether or not the email belongs to someone. */
export class RequestPasswordResetCommand extends Command<void> {
  constructor(readonly email: string) {
    super();
  }
}
