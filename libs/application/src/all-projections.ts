import { Projection } from './projections/projection';
import { INTERVIEW_PROJECTIONS } from './interview/projections/interview.projections';
import { IDENTITY_PROJECTIONS } from './identity/projections/identity.projections';
import { JOB_PROJECTIONS } from './job/projections/job.projections';
import { CANDIDATE_PROJECTIONS } from './candidate/projections/candidate.projections';
import { BILLING_PROJECTIONS } from './billing/projections/billing.projections';
import { SYSTEM_PROJECTIONS } from './system/projections/system-settings.projection';
import { verificationsProjection } from './verification/verifications.projection';
import { interviewTemplatesProjection, invitationsProjection } from './template/interview-templates.projection';
import { WEBHOOK_PROJECTIONS } from './webhook/projections/webhook.projections';
import { batchJobsProjection } from './batch/batch-jobs.projection';
import { auditStreamsProjection } from './audit/projections/audit-streams.projection';
import { groupLabelsProjection } from './audit/projections/group-labels.projection';
import { assessmentStatusProjection } from './assessment/projections/assessment-status.projection';
import { codeRunsProjection } from './assessment/projections/code-runs.projection';

/**
 * Every read model of the product. The API (embedded mode) and the projector process run this same list.
 * Each bounded context appends its projections here.
 */
export const ALL_PROJECTIONS: readonly Projection[] = [...INTERVIEW_PROJECTIONS, ...IDENTITY_PROJECTIONS, ...JOB_PROJECTIONS, ...CANDIDATE_PROJECTIONS, ...BILLING_PROJECTIONS, ...SYSTEM_PROJECTIONS, interviewTemplatesProjection, invitationsProjection, verificationsProjection, ...WEBHOOK_PROJECTIONS, batchJobsProjection, auditStreamsProjection, groupLabelsProjection, assessmentStatusProjection, codeRunsProjection];
