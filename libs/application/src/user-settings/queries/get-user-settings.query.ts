import { Query } from '@nestjs/cqrs';
import { UserSettingsState } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

/** The caller's settings, folded from their user-settings stream. */
export class GetUserSettingsQuery extends Query<UserSettingsState> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}
