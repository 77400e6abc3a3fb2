import { ChangeUserSettingsHandler } from './commands/change-user-settings.handler';
import { UploadAvatarHandler } from './commands/upload-avatar.handler';
import { GetUserSettingsHandler } from './queries/get-user-settings.handler';
import { OpenAvatarHandler } from './queries/open-avatar.handler';

/** The user-settings handlers, spread into the application module. */
export const USER_SETTINGS_COMMAND_HANDLERS = [ChangeUserSettingsHandler, UploadAvatarHandler];
export const USER_SETTINGS_QUERY_HANDLERS = [GetUserSettingsHandler, OpenAvatarHandler];
