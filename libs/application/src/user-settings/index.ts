/** A user's own profile, preferences and settings (event-sourced on user-settings-<id>). */
export * from './user-settings.handlers';
export * from './commands/change-user-settings.command';
export * from './commands/upload-avatar.command';
export * from './queries/get-user-settings.query';
export * from './queries/open-avatar.query';
