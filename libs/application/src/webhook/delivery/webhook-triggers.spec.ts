import { RecordedEvent } from '@candor/contracts';
import { InterviewCreated, WEBHOOK_EVENT_TYPES } from '@candor/domain';
import { PERSONAL_FIELDS } from '../../erasure/personal-fields';
import { webhookTriggers } from './webhook-triggers';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const recorded = (type: string, data: Record<string, unknown>, streamId = `interview-${ID}`): RecordedEvent =>
  ({ id: 'e1', type, data, streamId, revision: 2, position: '5', recordedAt: '2026-01-01T00:00:00.000Z', metadata: {} }) as unknown as RecordedEvent;
const created = {
  type: 'InterviewCreated',
  data: { interviewId: ID, ownerId: 'u1', status: 'pending', scheduledAt: null, details: { title: 'Backend', candidateName: 'Ada' } },
} as unknown as InterviewCreated;

describe('webhookTriggers', () => {
  const card = { overall: 0.8, technical: { score: 0.7 }, recommendation: 'hire' };
  it.each([
    ['the automatic assessment (assessment stream)', recorded('InterviewAssessed', { interviewId: ID, scoreId: 's1', card, assessedAt: '2026-01-01T01:00:00.000Z' }, `assessment-${ID}`)],
    ['a stored legacy InterviewScored (interview stream)', recorded('InterviewScored', { interviewId: ID, scoreId: 's1', card, scoredAt: '2026-01-01T01:00:00.000Z' })],
  ])('given %s, then score.ready and report.generated with the score and links', (_name, event) => {
    const triggers = webhookTriggers(event, created, 'https://candor.example/');
    expect(triggers).toEqual([
      {
        eventType: 'score.ready',
        data: expect.objectContaining({ interview_id: ID, title: 'Backend', score_id: 's1', overall_score: 0.8, technical_score: 0.7, recommendation: 'hire', score_url: `https://candor.example/api/interviews/${ID}/score/` }),
      },
      { eventType: 'report.generated', data: expect.objectContaining({ interview_id: ID, report_url: `https://candor.example/api/reports/${ID}/`, pdf_url: `https://candor.example/api/reports/${ID}/export/` }) },
    ]);
  });

  it('an assessment event on a stream that is not an assessment stream announces nothing', () => {
    expect(webhookTriggers(recorded('InterviewAssessed', { interviewId: ID, scoreId: 's1', card, assessedAt: 't' }, `other-${ID}`), created, 'x')).toEqual([]);
  });

  it('given the interview lifecycle, then scheduled (only when created scheduled or rescheduled), started and completed', () => {
    expect(webhookTriggers(recorded('InterviewCreated', created.data as unknown as Record<string, unknown>), created, 'x')).toEqual([]);
    expect(webhookTriggers(recorded('InterviewCreated', { ...created.data, status: 'scheduled', scheduledAt: '2030-01-01T00:00:00Z' }), created, 'x')[0]).toMatchObject({ eventType: 'interview.scheduled', data: { scheduled_at: '2030-01-01T00:00:00Z' } });
    expect(webhookTriggers(recorded('InterviewStarted', { interviewId: ID, startedAt: 't1' }), created, 'x')).toEqual([{ eventType: 'interview.started', data: { interview_id: ID, title: 'Backend', candidate_name: 'Ada', started_at: 't1' } }]);
    expect(webhookTriggers(recorded('InterviewCompleted', { interviewId: ID, endedAt: 't2' }), created, 'x')[0].eventType).toBe('interview.completed');
    expect(webhookTriggers(recorded('MessageRecorded', { interviewId: ID }), created, 'x')).toEqual([]);
    expect(webhookTriggers(recorded('InterviewStarted', { interviewId: ID, startedAt: 't1' }), null, 'x')).toEqual([]);
  });
});

describe('webhook payloads and erasure', () => {
  /** A payload field under such a name holds a person's data: it must be sealed (PERSONAL_FIELDS.WebhookDeliveryQueued). */
  const LOOKS_PERSONAL = /(name|email|phone|text|summary|note|reason|message|location|linkedin)s?$/i;
  const interview = {
    type: 'InterviewCreated',
    data: { interviewId: ID, ownerId: 'u1', status: 'scheduled', scheduledAt: 't', details: { title: 'Backend', candidateName: 'Ada', candidateEmail: 'ada@example.com' } },
  } as unknown as InterviewCreated;
  const candidate = recorded(
    'CandidateCreated',
    { candidateId: ID, ownerId: 'u1', parsingStatus: 'completed', createdAt: 't', profile: { fullName: 'Ada', email: 'ada@example.com', phone: '+1', technicalSkills: [] } },
    `candidate-${ID}`,
  );
  const card = { overall: 0.8, technical: { score: 0.7 }, recommendation: 'hire' };
  const every = [
    candidate,
    recorded('InterviewCreated', interview.data as unknown as Record<string, unknown>),
    recorded('InterviewScheduled', { interviewId: ID, scheduledAt: 't', previousScheduledAt: null }),
    recorded('InterviewStarted', { interviewId: ID, startedAt: 't' }),
    recorded('InterviewCompleted', { interviewId: ID, endedAt: 't' }),
    recorded('InterviewAssessed', { interviewId: ID, scoreId: 's1', card, assessedAt: 't' }, `assessment-${ID}`),
  ].flatMap((e) => webhookTriggers(e, interview, 'https://candor.example'));

  it('covers every webhook event type', () => {
    expect(new Set(every.map((t) => t.eventType))).toEqual(new Set(WEBHOOK_EVENT_TYPES));
  });

  it.each(WEBHOOK_EVENT_TYPES)('%s: each field naming the person is sealed in the stored delivery', (type) => {
    const sealed = PERSONAL_FIELDS.WebhookDeliveryQueued.paths;
    const personal = every.filter((t) => t.eventType === type).flatMap((t) => Object.keys(t.data).filter((k) => LOOKS_PERSONAL.test(k)));
    expect(personal.filter((k) => !sealed.includes(`payload.${k}`))).toEqual([]);
  });

  it('names where each payload came from, so it is sealed with that person’s key', () => {
    for (const trigger of every) {
      const source = PERSONAL_FIELDS.WebhookDeliveryQueued.copiedFrom!({ id: 'e', type: 'WebhookDeliveryQueued', data: { payload: trigger.data }, metadata: {} as never });
      expect(source.streamId).toBe(trigger.eventType === 'candidate.created' ? `candidate-${ID}` : `interview-${ID}`);
    }
  });
});
