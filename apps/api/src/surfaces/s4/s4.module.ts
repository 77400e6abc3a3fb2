import { Module } from '@nestjs/common';
import { S4AuthController } from './auth/s4-auth.controller';
import { ApiKeysSettingsController } from './interviewer/api-keys-settings.controller';
import { AdminUsersController } from './admin/admin-users.controller';
import { SystemAdminController } from './admin/system-admin.controller';
import { BillingController } from './billing/billing.controller';

/** Surface S4 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [S4AuthController, ApiKeysSettingsController, AdminUsersController, SystemAdminController, BillingController],
})
export class S4SurfaceModule {}
