import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** Creates (or returns) the report's public read-only link, once the report exists (409/404 before); `revoke` ends it. Owner or admin. */
export class ShareReportCommand extends Command<{ readonly shareToken: string | null }> {
  constructor(
    readonly interviewId: string,
    readonly actor: AuthenticatedUser,
    readonly action: 'share' | 'revoke',
  ) {
    super();
  }
}
