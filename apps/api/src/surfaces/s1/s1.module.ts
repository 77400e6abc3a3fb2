import { S1WebhooksController } from './webhooks/webhooks.controller';
import { Module } from '@nestjs/common';
import { AccountActions } from '../identity/account-actions';
import { InterviewsApiKeyController } from './interviews/interviews-api-key.controller';
import { InterviewsController } from './interviews/interviews.controller';
import { InterviewAuditController } from './interviews/interview-audit.controller';
import { S1AuthController } from './auth/s1-auth.controller';
import { UsersMeController } from './users/users-me.controller';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { AuditController } from './audit/audit.controller';
import { AuditInterviewsController } from './audit/audit-interviews.controller';
import { AdverseImpactController } from './audit/adverse-impact.controller';

/** Surface S1 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [
    S1AuthController,
    UsersMeController,
    ApiKeysController,
    InterviewsApiKeyController,
    InterviewsController,
    InterviewAuditController,
    S1WebhooksController,
    AuditController,
    AuditInterviewsController,
    AdverseImpactController,
  ],
  providers: [AccountActions],
})
export class S1SurfaceModule {}
