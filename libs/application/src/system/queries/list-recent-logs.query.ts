import { Query } from '@nestjs/cqrs';
import type { RecentLogEntry } from '../../ports/logger.port';

/** The log entries this process still remembers, oldest first (the admin's `/admin/system/logs`). */
export class ListRecentLogsQuery extends Query<readonly RecentLogEntry[]> {}
