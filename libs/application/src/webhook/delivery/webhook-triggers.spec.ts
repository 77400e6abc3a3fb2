import { RecordedEvent } from '@candor/contracts';
import { InterviewCreated } from '@candor/domain';
import { webhookTriggers } from './webhook-triggers';

const recorded = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({ id: 'e1', type, data, streamId: 'interview-i1', revision: 2, position: '5', recordedAt: '2026-01-01T00:00:00.000Z', metadata: {} }) as unknown as RecordedEvent;
const created = {
  type: 'InterviewCreated',
  data: { interviewId: 'i1', ownerId: 'u1', status: 'pending', scheduledAt: null, details: { title: 'Backend', candidateName: 'Ada' } },
} as unknown as InterviewCreated;

describe('webhookTriggers', () => {
  it('given InterviewScored, then score.ready and report.generated with the score and links', () => {
    const card = { overall: 0.8, technical: { score: 0.7 }, recommendation: 'hire' };
    const triggers = webhookTriggers(recorded('InterviewScored', { interviewId: 'i1', scoreId: 's1', card, scoredAt: '2026-01-01T01:00:00.000Z' }), created, 'https://candor.example/');
    expect(triggers).toEqual([
      {
        eventType: 'score.ready',
        data: expect.objectContaining({ interview_id: 'i1', title: 'Backend', score_id: 's1', overall_score: 0.8, technical_score: 0.7, recommendation: 'hire', score_url: 'https://candor.example/api/interviews/i1/score/' }),
      },
      { eventType: 'report.generated', data: expect.objectContaining({ interview_id: 'i1', report_url: 'https://candor.example/api/reports/i1/', pdf_url: 'https://candor.example/api/reports/i1/export/' }) },
    ]);
  });

  it('given the interview lifecycle, then scheduled (only when created scheduled or rescheduled), started and completed', () => {
    expect(webhookTriggers(recorded('InterviewCreated', created.data as unknown as Record<string, unknown>), created, 'x')).toEqual([]);
    expect(webhookTriggers(recorded('InterviewCreated', { ...created.data, status: 'scheduled', scheduledAt: '2030-01-01T00:00:00Z' }), created, 'x')[0]).toMatchObject({ eventType: 'interview.scheduled', data: { scheduled_at: '2030-01-01T00:00:00Z' } });
    expect(webhookTriggers(recorded('InterviewStarted', { interviewId: 'i1', startedAt: 't1' }), created, 'x')).toEqual([{ eventType: 'interview.started', data: { interview_id: 'i1', title: 'Backend', candidate_name: 'Ada', started_at: 't1' } }]);
    expect(webhookTriggers(recorded('InterviewCompleted', { interviewId: 'i1', endedAt: 't2' }), created, 'x')[0].eventType).toBe('interview.completed');
    expect(webhookTriggers(recorded('MessageRecorded', { interviewId: 'i1' }), created, 'x')).toEqual([]);
    expect(webhookTriggers(recorded('InterviewStarted', { interviewId: 'i1', startedAt: 't1' }), null, 'x')).toEqual([]);
  });
});
