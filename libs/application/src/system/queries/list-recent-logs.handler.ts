import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LOGGER, Logger, RecentLogEntry } from '../../ports/logger.port';
import { ListRecentLogsQuery } from './list-recent-logs.query';

@QueryHandler(ListRecentLogsQuery)
export class ListRecentLogsHandler implements IQueryHandler<ListRecentLogsQuery> {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  async execute(): Promise<readonly RecentLogEntry[]> {
    return this.logger.recent();
  }
}
