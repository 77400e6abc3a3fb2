import { RecordedEvent } from '@candor/contracts';
import { InterviewTemplateEvent } from '@candor/domain';
import { interviewTemplatesProjection, invitationsProjection } from './interview-templates.projection';

const NOW = '2026-01-15T14:00:00.000Z';
let position = 0;
const recorded = (event: InterviewTemplateEvent): RecordedEvent =>
  ({ ...event, data: event.data as unknown as Record<string, unknown>, streamId: 'template-t1', revision: ++position, position: String(position).padStart(20, '0'), recordedAt: NOW, metadata: {} }) as RecordedEvent;
const fields = { title: 'Backend', description: null, position: null, jobDescription: null, interviewType: null, difficulty: null, durationMinutes: 60, technologies: [], questions: [], isActive: true };

describe('interview template projections', () => {
  it('given create, update, invitation, delete: the template document follows, then leaves', () => {
    const events: InterviewTemplateEvent[] = [
      { type: 'InterviewTemplateCreated', data: { templateId: 't1', ownerId: 'u1', fields, createdAt: NOW } },
      { type: 'InterviewTemplateUpdated', data: { templateId: 't1', changes: { title: 'Staff Backend' }, updatedAt: '2026-01-16T00:00:00.000Z' } },
      {
        type: 'InterviewInvitationSent',
        data: { templateId: 't1', templateTitle: 'Staff Backend', invitationId: 'i1', interviewId: 'iv1', invitedBy: 'u1', candidateEmail: 'c@x.io', candidateName: null, message: null, scheduledAt: null, sentAt: NOW },
      },
    ];
    const doc = events.map(recorded).reduce(interviewTemplatesProjection.evolve, null);
    expect(doc).toMatchObject({ _id: 't1', title: 'Staff Backend', ownerId: 'u1', durationMinutes: 60, invitationCount: 1, updatedAt: '2026-01-16T00:00:00.000Z' });
    expect(interviewTemplatesProjection.evolve(doc, recorded({ type: 'InterviewTemplateDeleted', data: { templateId: 't1', deletedAt: NOW } }))).toBeNull();
    expect(invitationsProjection.evolve(null, recorded(events[2]))).toMatchObject({ _id: 'i1', templateTitle: 'Staff Backend', interviewId: 'iv1', invitedBy: 'u1' });
    expect(invitationsProjection.documentIds(recorded(events[2]))).toEqual(['i1']);
  });
});
