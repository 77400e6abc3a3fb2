import { Readable } from 'node:stream';
import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { AnalyticsScope } from '../analytics.types';

/** The interviews in scope as CSV (one row each, with scores), streamed row by row. */
export class ExportAnalyticsQuery extends Query<Readable> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly scope: AnalyticsScope,
  ) {
    super();
  }
}
