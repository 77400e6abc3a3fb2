import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { InterviewTemplateCommand, interviewTemplateDecider } from './interview-template.decider';
import { InterviewTemplateEvent, InterviewTemplateFields } from './interview-template.events';

const NOW = '2026-01-15T14:00:00.000Z';
const FIELDS: InterviewTemplateFields = {
  title: 'Backend',
  description: null,
  position: null,
  jobDescription: null,
  interviewType: 'technical',
  difficulty: 'hard',
  durationMinutes: 60,
  technologies: ['Go'],
  questions: ['Design a queue'],
  isActive: true,
};
const created: InterviewTemplateEvent = { type: 'InterviewTemplateCreated', data: { templateId: 't1', ownerId: 'u1', fields: FIELDS, createdAt: NOW } };
const command = (c: Omit<InterviewTemplateCommand, 'metadata'>) => ({ ...c, metadata: { now: NOW } }) as InterviewTemplateCommand;
const decide = (events: InterviewTemplateEvent[], c: Omit<InterviewTemplateCommand, 'metadata'>) => interviewTemplateDecider.decide(command(c), fold(interviewTemplateDecider, events));
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};
const invite = { type: 'RecordInvitation', data: { templateId: 't1', invitationId: 'i1', interviewId: 'iv1', invitedBy: 'u1', candidateEmail: 'c@x.io', candidateName: null, message: null, scheduledAt: null } } as const;

describe('interview template decider', () => {
  it('creates once', () => {
    expect(decide([], { type: 'CreateInterviewTemplate', data: { templateId: 't1', ownerId: 'u1', fields: FIELDS } })).toEqual([created]);
    expect(codeOf(() => decide([created], { type: 'CreateInterviewTemplate', data: { templateId: 't1', ownerId: 'u1', fields: FIELDS } }))).toBe('TEMPLATE.EXISTS');
  });

  it('records only the fields that change; an unchanged update appends nothing', () => {
    expect(decide([created], { type: 'UpdateInterviewTemplate', data: { templateId: 't1', changes: { title: 'Backend', durationMinutes: 90, technologies: ['Go'] } } })).toEqual([
      { type: 'InterviewTemplateUpdated', data: { templateId: 't1', changes: { durationMinutes: 90 }, updatedAt: NOW } },
    ]);
    expect(decide([created], { type: 'UpdateInterviewTemplate', data: { templateId: 't1', changes: { title: 'Backend' } } })).toEqual([]);
  });

  it('invites from an active template with its title, refuses inactive, deleted and unknown templates', () => {
    expect(decide([created], invite)).toEqual([{ type: 'InterviewInvitationSent', data: { ...invite.data, templateTitle: 'Backend', sentAt: NOW } }]);
    const paused: InterviewTemplateEvent = { type: 'InterviewTemplateUpdated', data: { templateId: 't1', changes: { isActive: false }, updatedAt: NOW } };
    expect(codeOf(() => decide([created, paused], invite))).toBe('TEMPLATE.INACTIVE');
    const deleted: InterviewTemplateEvent = { type: 'InterviewTemplateDeleted', data: { templateId: 't1', deletedAt: NOW } };
    expect(codeOf(() => decide([created, deleted], invite))).toBe('TEMPLATE.NOT_FOUND');
    expect(codeOf(() => decide([created, deleted], { type: 'DeleteInterviewTemplate', data: { templateId: 't1' } }))).toBe('TEMPLATE.NOT_FOUND');
    expect(codeOf(() => decide([], invite))).toBe('TEMPLATE.NOT_FOUND');
  });
});
