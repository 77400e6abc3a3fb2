import { Readable } from 'node:stream';
import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { AnalyticsScope } from '../analytics.types';

export type AnalyticsExportFormat = 'csv' | 'json';

/** The interviews in scope as CSV or a JSON array (one row/object each, with scores), streamed page by page. */
export class ExportAnalyticsQuery extends Query<Readable> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly scope: AnalyticsScope,
    readonly format: AnalyticsExportFormat = 'csv',
  ) {
    super();
  }
}
