import { SetMaintenanceModeHandler } from './commands/set-maintenance-mode.handler';
import { GetMaintenanceModeHandler } from './queries/get-maintenance-mode.handler';
import { GetSystemStatsHandler } from './queries/get-system-stats.handler';
import { ListRecentLogsHandler } from './queries/list-recent-logs.handler';

export const SYSTEM_COMMAND_HANDLERS = [SetMaintenanceModeHandler];

export const SYSTEM_QUERY_HANDLERS = [GetMaintenanceModeHandler, GetSystemStatsHandler, ListRecentLogsHandler];
