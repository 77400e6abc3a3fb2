import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../authenticated-user';

/** Ends the caller's login: the access token presented and its whole token family are refused from then on. */
export class LogOutCommand extends Command<void> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}
