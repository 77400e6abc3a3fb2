import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CodingEventDocument } from '../projections/coding-events.projection';

/** The coding history of an interview, oldest first. */
export class GetCodingEventsQuery extends Query<CodingEventDocument[]> {
  constructor(
    readonly interviewId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
