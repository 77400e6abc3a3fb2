import { Module } from '@nestjs/common';
import { S3InterviewsController } from './interviews/interviews.controller';
import { S3InterviewScoreController } from './interviews/interview-score.controller';
import { S3InterviewInvitationController } from './interviews/interview-invitation.controller';
import { S3ReportsController } from './reports/reports.controller';
import { S3SharedReportsController } from './reports/shared-reports.controller';
import { S3JobsController } from './jobs/jobs.controller';
import { S3CandidatesController } from './candidates/candidates.controller';
import { S3QuestionsController } from './questions/questions.controller';
import { S3WebhooksController } from './webhooks/webhooks.controller';
import { S3BulkUploadController } from './candidates/bulk-upload.controller';

/** Surface S3 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [
    S3JobsController,
    S3CandidatesController,
    S3BulkUploadController,
    S3QuestionsController,
    S3InterviewsController,
    S3InterviewScoreController,
    S3InterviewInvitationController,
    S3SharedReportsController,
    S3ReportsController,
    S3WebhooksController,
  ],
})
export class S3SurfaceModule {}
