import { Global, Module } from '@nestjs/common';
import { MaintenanceModeCache } from '../http/maintenance/maintenance-mode.cache';
import { AsyncApiController } from './asyncapi.controller';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** Operations: health reports and the cached maintenance switch, shared by `/health`, the admin routes and the guard. */
@Global()
@Module({
  controllers: [HealthController, AsyncApiController],
  providers: [HealthService, MaintenanceModeCache],
  exports: [HealthService, MaintenanceModeCache],
})
export class OpsModule {}
