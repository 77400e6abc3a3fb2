import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import {
  ANALYTICS_QUERY_HANDLERS,
  AUDIT_COMMAND_HANDLERS,
  AUDIT_QUERY_HANDLERS,
  BATCH_COMMAND_HANDLERS,
  BATCH_QUERY_HANDLERS,
  BILLING_COMMAND_HANDLERS,
  BILLING_QUERY_HANDLERS,
  CANDIDATE_COMMAND_HANDLERS,
  CANDIDATE_QUERY_HANDLERS,
  ErasePersonHandler,
  IDENTITY_COMMAND_HANDLERS,
  IDENTITY_QUERY_HANDLERS,
  INTERVIEW_COMMAND_HANDLERS,
  INTERVIEW_LINK_BASE_URL,
  INTERVIEW_QUERY_HANDLERS,
  JOB_COMMAND_HANDLERS,
  JOB_QUERY_HANDLERS,
  QUESTION_QUERY_HANDLERS,
  RECRUITING_COMMAND_HANDLERS,
  RECRUITING_QUERY_HANDLERS,
  SPEECH_QUERY_HANDLERS,
  SYSTEM_COMMAND_HANDLERS,
  SYSTEM_QUERY_HANDLERS,
  TEMPLATE_COMMAND_HANDLERS,
  TEMPLATE_QUERY_HANDLERS,
  USER_SETTINGS_COMMAND_HANDLERS,
  USER_SETTINGS_QUERY_HANDLERS,
  WEBHOOK_COMMAND_HANDLERS,
  WEBHOOK_QUERY_HANDLERS,
} from '@candor/application';
import { INTERVIEWER_COMMAND_HANDLERS } from '@candor/application/ai/commands/interviewer.handlers';
import { RescoreInterviewHandler } from '@candor/application/ai/scoring/rescore-interview.handler';
import { ASSESSMENT_HANDLERS } from '@candor/application/assessment/assessment.handlers';
import { AnalyzeCodeHandler } from '@candor/application/interview/code-analysis/analyze-code.handler';
import { RECORDING_HANDLERS } from '@candor/application/interview/recording/recording.handlers';
import { VERIFICATION_COMMAND_HANDLERS, VERIFICATION_QUERY_HANDLERS } from '@candor/application/verification/verification.handlers';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';

/**
 * Every command and query handler of every bounded context, registered here once and shared by every surface.
 * Each context exports its handlers as arrays (`<context>.handlers.ts`): spread a new one here. What a handler
 * injects (ports, services) is bound by the other modules of this folder, all global.
 */
const HANDLERS = [
  ...INTERVIEW_COMMAND_HANDLERS,
  ...INTERVIEW_QUERY_HANDLERS,
  ...INTERVIEWER_COMMAND_HANDLERS,
  ...RECORDING_HANDLERS,
  AnalyzeCodeHandler,
  ...ASSESSMENT_HANDLERS,
  RescoreInterviewHandler,
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
  ...VERIFICATION_COMMAND_HANDLERS,
  ...VERIFICATION_QUERY_HANDLERS,
  ...SPEECH_QUERY_HANDLERS,
  ...AUDIT_COMMAND_HANDLERS,
  ...AUDIT_QUERY_HANDLERS,
  ErasePersonHandler,
  ...WEBHOOK_COMMAND_HANDLERS,
  ...WEBHOOK_QUERY_HANDLERS,
  ...BATCH_COMMAND_HANDLERS,
  ...BATCH_QUERY_HANDLERS,
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
export class HandlersModule {}
