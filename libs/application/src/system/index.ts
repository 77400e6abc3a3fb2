/** Platform administration: maintenance mode and system statistics. */
export * from './system.handlers';
export * from './projections/system-settings.projection';
export * from './commands/set-maintenance-mode.command';
export * from './queries/get-maintenance-mode.query';
export * from './queries/get-system-stats.query';
export * from './queries/list-recent-logs.query';
