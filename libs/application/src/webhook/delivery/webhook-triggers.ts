import { RecordedEvent } from '@candor/contracts';
import { CandidateCreated, InterviewCreated, InterviewEvent, WebhookEventType } from '@candor/domain';
import { automaticScoreOf } from '../../interview/projections/score-card.projection';

/** What one log event announces to its owner's webhooks. */
export interface WebhookTrigger {
  readonly eventType: WebhookEventType;
  readonly data: Record<string, unknown>;
}

/**
 * The webhook events a log event stands for, with their `data` (pure). An interview's events carry only
 * its id, so `created` is the interview's first event (it names the owner and the details).
 * A score card makes the report available: the automatic score (`InterviewAssessed` on the assessment stream,
 * or a stored legacy `InterviewScored` on the interview stream) announces both `score.ready` and `report.generated`.
 */
export function webhookTriggers(event: RecordedEvent, created: InterviewCreated | null, publicUrl: string): WebhookTrigger[] {
  if (event.type === 'CandidateCreated') {
    const d = (event as unknown as CandidateCreated).data;
    return [
      {
        eventType: 'candidate.created',
        data: { candidate_id: d.candidateId, full_name: d.profile.fullName, email: d.profile.email, parsing_status: d.parsingStatus, technical_skills: [...d.profile.technicalSkills], created_at: d.createdAt },
      },
    ];
  }
  if (!created) return [];
  const interview = { interview_id: created.data.interviewId, title: created.data.details.title, candidate_name: created.data.details.candidateName };
  const score = automaticScoreOf(event);
  if (score) {
    const base = publicUrl.replace(/\/$/, '');
    const { card, scoredAt } = score;
    return [
      {
        eventType: 'score.ready',
        data: { ...interview, score_id: score.scoreId, overall_score: card.overall, technical_score: card.technical.score, recommendation: card.recommendation, scored_at: scoredAt, score_url: `${base}/api/interviews/${interview.interview_id}/score/` },
      },
      {
        eventType: 'report.generated',
        data: { ...interview, report_url: `${base}/api/reports/${interview.interview_id}/`, pdf_url: `${base}/api/reports/${interview.interview_id}/export/`, generated_at: scoredAt },
      },
    ];
  }
  const e = event as unknown as InterviewEvent;
  switch (e.type) {
    case 'InterviewCreated':
      return e.data.status === 'scheduled' ? [{ eventType: 'interview.scheduled', data: { ...interview, scheduled_at: e.data.scheduledAt } }] : [];
    case 'InterviewScheduled':
      return [{ eventType: 'interview.scheduled', data: { ...interview, scheduled_at: e.data.scheduledAt, previous_scheduled_at: e.data.previousScheduledAt } }];
    case 'InterviewStarted':
      return [{ eventType: 'interview.started', data: { ...interview, started_at: e.data.startedAt } }];
    case 'InterviewCompleted':
      return [{ eventType: 'interview.completed', data: { ...interview, ended_at: e.data.endedAt } }];
    default:
      return [];
  }
}
