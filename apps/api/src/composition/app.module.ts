import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AppConfig } from '@candor/infrastructure/config/app-config';
import { CoreModule } from './core.module';
import { HandlersModule } from './handlers.module';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { SurfaceExceptionFilter } from '../http/surface-exception.filter';
import { RequestContextHooks } from '../http/request-context.hooks';
import { OpsModule } from '../ops/ops.module';
import { MaintenanceGuard } from '../http/maintenance/maintenance.guard';
import { AuditorReadOnlyGuard } from '../http/auth/auditor-read-only.guard';
import { AuditModule } from './audit.module';
import { GatewaysModule } from '../gateways/gateways.module';
import { IdentityModule } from './identity.module';
import { CodeExecutionModule } from './code-execution.module';
import { CodeAnalysisModule } from './code-analysis.module';
import { SpeechModule } from './speech.module';
import { AiModule } from './ai.module';
import { DocumentsModule } from './documents.module';
import { WebhooksModule } from './webhooks.module';
import { BatchModule } from './batch.module';
import { S0SurfaceModule } from '../surfaces/s0/s0.module';
import { S1SurfaceModule } from '../surfaces/s1/s1.module';
import { S2SurfaceModule } from '../surfaces/s2/s2.module';
import { S3SurfaceModule } from '../surfaces/s3/s3.module';
import { S4SurfaceModule } from '../surfaces/s4/s4.module';

/**
 * The composition root: this folder binds every port to its adapter from the configuration (one module per
 * family of adapters) and registers every command and query handler (handlers.module.ts); this module puts
 * them together with the surfaces, the gateways and the HTTP conventions that apply to every route.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        HandlersModule,
        CodeExecutionModule,
        CodeAnalysisModule,
        SpeechModule,
        AiModule,
        DocumentsModule,
        WebhooksModule,
        BatchModule,
        AuditModule,
        IdentityModule,
        S0SurfaceModule,
        S1SurfaceModule,
        S2SurfaceModule,
        S3SurfaceModule,
        S4SurfaceModule,
        GatewaysModule,
        OpsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: SurfaceExceptionFilter },
        // Maintenance mode: non-admin writes get 503 (global guards run before each route's own guards).
        { provide: APP_GUARD, useClass: MaintenanceGuard },
        { provide: APP_GUARD, useClass: AuditorReadOnlyGuard },
        // No global interceptor (see request-context.hooks.ts): each request's context opens in a Fastify hook, every
        // controller's guards end with AdmittedRequestGuard (@Guarded), and S4 controllers wrap their answers (@S4Controller).
        RequestContextHooks,
      ],
    };
  }
}
