import { BatchInvitationsController } from './interviewer/batch-invitations.controller';
import { Module } from '@nestjs/common';
import { AccountActions } from '../identity/account-actions';
import { S4AuthController } from './auth/s4-auth.controller';
import { ResetPasswordPageController } from './auth/reset-password-page.controller';
import { ApiKeysSettingsController } from './interviewer/api-keys-settings.controller';
import { AdminUsersController } from './admin/admin-users.controller';
import { SystemAdminController } from './admin/system-admin.controller';
import { BillingController } from './billing/billing.controller';
import { CandidateRecordingsController } from './candidates/recordings.controller';
import { CandidateVerificationController } from './candidates/verification.controller';
import { CandidateInterviewsController } from './candidates/candidate-interviews.controller';
import { InterviewTemplatesController } from './interviewer/interview-templates.controller';
import { AnalyticsController } from './interviewer/analytics.controller';
import { InterviewerProfileController } from './interviewer/interviewer-profile.controller';
import { InterviewerSettingsController } from './interviewer/interviewer-settings.controller';

/** Surface S4 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [S4AuthController, ResetPasswordPageController, ApiKeysSettingsController, AdminUsersController, SystemAdminController, BillingController, CandidateRecordingsController, CandidateVerificationController,
    CandidateInterviewsController, InterviewTemplatesController, AnalyticsController, InterviewerProfileController, InterviewerSettingsController, BatchInvitationsController],
  providers: [AccountActions],
})
export class S4SurfaceModule {}
