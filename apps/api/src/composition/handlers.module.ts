import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  IDENTITY_COMMAND_HANDLERS,
  IDENTITY_QUERY_HANDLERS,
  INTERVIEW_COMMAND_HANDLERS,
  INTERVIEW_LINK_BASE_URL,
  INTERVIEW_QUERY_HANDLERS,
  RECRUITING_COMMAND_HANDLERS,
  RECRUITING_QUERY_HANDLERS,
  JOB_COMMAND_HANDLERS,
  JOB_QUERY_HANDLERS,
  CANDIDATE_COMMAND_HANDLERS,
  CANDIDATE_QUERY_HANDLERS,
  QUESTION_QUERY_HANDLERS,
  BILLING_COMMAND_HANDLERS,
  BILLING_QUERY_HANDLERS,
  SYSTEM_COMMAND_HANDLERS,
  SYSTEM_QUERY_HANDLERS,
  TEMPLATE_COMMAND_HANDLERS,
  TEMPLATE_QUERY_HANDLERS,
  USER_SETTINGS_COMMAND_HANDLERS,
  USER_SETTINGS_QUERY_HANDLERS,
  ANALYTICS_QUERY_HANDLERS,
} from '@candor/application';
import { RECORDING_HANDLERS } from '@candor/application/interview/recording/recording.handlers';
import { VERIFICATION_COMMAND_HANDLERS, VERIFICATION_QUERY_HANDLERS } from '@candor/application/verification/verification.handlers';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';

/**
 * Command and query handlers of every bounded context, registered once and shared by every surface.
 * Each context exports its handlers as arrays; spread them here.
 */
const HANDLERS = [
  ...INTERVIEW_COMMAND_HANDLERS,
  ...INTERVIEW_QUERY_HANDLERS,
  ...RECRUITING_COMMAND_HANDLERS,
  ...RECRUITING_QUERY_HANDLERS,
  ...IDENTITY_COMMAND_HANDLERS,
  ...IDENTITY_QUERY_HANDLERS,
  ...JOB_COMMAND_HANDLERS,
  ...JOB_QUERY_HANDLERS,
  ...CANDIDATE_COMMAND_HANDLERS,
  ...CANDIDATE_QUERY_HANDLERS,
  ...QUESTION_QUERY_HANDLERS,
  ...BILLING_COMMAND_HANDLERS,
  ...BILLING_QUERY_HANDLERS,
  ...SYSTEM_COMMAND_HANDLERS,
  ...SYSTEM_QUERY_HANDLERS,
  ...TEMPLATE_COMMAND_HANDLERS,
  ...TEMPLATE_QUERY_HANDLERS,
  ...USER_SETTINGS_COMMAND_HANDLERS,
  ...USER_SETTINGS_QUERY_HANDLERS,
  ...ANALYTICS_QUERY_HANDLERS,
  ...RECORDING_HANDLERS,
  ...VERIFICATION_COMMAND_HANDLERS,
  ...VERIFICATION_QUERY_HANDLERS,
] as const;

@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    ...HANDLERS,
    { provide: INTERVIEW_LINK_BASE_URL, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.publicUrl },
  ],
  exports: [CqrsModule, ...HANDLERS],
})
export class ApplicationModule {}
