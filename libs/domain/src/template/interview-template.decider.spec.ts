import { givenWhenThen } from '@candor/testing';
import { DomainError } from '../shared/domain-error';
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
const command = (c: Omit<InterviewTemplateCommand, 'metadata'>) => ({ ...c, metadata: { now: NOW } }) as InterviewTemplateCommand;
const create = command({ type: 'CreateInterviewTemplate', data: { templateId: 't1', ownerId: 'u1', fields: FIELDS } });
const update = (changes: Partial<InterviewTemplateFields>) => command({ type: 'UpdateInterviewTemplate', data: { templateId: 't1', changes } });
const remove = command({ type: 'DeleteInterviewTemplate', data: { templateId: 't1' } });
const inviteData = { templateId: 't1', invitationId: 'i1', interviewId: 'iv1', invitedBy: 'u1', candidateEmail: 'c@x.io', candidateName: null, message: null, scheduledAt: null };
const invite = command({ type: 'RecordInvitation', data: inviteData });

const created: InterviewTemplateEvent = { type: 'InterviewTemplateCreated', data: { templateId: 't1', ownerId: 'u1', fields: FIELDS, createdAt: NOW } };
const paused: InterviewTemplateEvent = { type: 'InterviewTemplateUpdated', data: { templateId: 't1', changes: { isActive: false }, updatedAt: NOW } };
const deleted: InterviewTemplateEvent = { type: 'InterviewTemplateDeleted', data: { templateId: 't1', deletedAt: NOW } };

const given = givenWhenThen(interviewTemplateDecider);

describe('interview template decider', () => {
  it.each<[string, InterviewTemplateEvent[], InterviewTemplateCommand, InterviewTemplateEvent[]]>([
    ['creates a template', [], create, [created]],
    [
      'records only the fields an update changes',
      [created],
      update({ title: 'Backend', durationMinutes: 90, technologies: ['Go'] }),
      [{ type: 'InterviewTemplateUpdated', data: { templateId: 't1', changes: { durationMinutes: 90 }, updatedAt: NOW } }],
    ],
    ['appends nothing for an update that changes nothing', [created], update({ title: 'Backend' }), []],
    ['invites from an active template, with its title', [created], invite, [{ type: 'InterviewInvitationSent', data: { ...inviteData, templateTitle: 'Backend', sentAt: NOW } }]],
  ])('%s', (_name, history, c, expected) => {
    given(history).when(c).then(expected);
  });

  it.each<[string, InterviewTemplateEvent[], InterviewTemplateCommand, string, DomainError['kind']]>([
    ['refuses to create the same template twice', [created], create, 'TEMPLATE.EXISTS', 'conflict'],
    ['refuses to invite from an inactive template', [created, paused], invite, 'TEMPLATE.INACTIVE', 'conflict'],
    ['refuses to invite from a deleted template', [created, deleted], invite, 'TEMPLATE.NOT_FOUND', 'not_found'],
    ['refuses to delete a deleted template', [created, deleted], remove, 'TEMPLATE.NOT_FOUND', 'not_found'],
    ['refuses to invite from an unknown template', [], invite, 'TEMPLATE.NOT_FOUND', 'not_found'],
  ])('%s', (_name, history, c, code, kind) => {
    given(history).when(c).thenThrows(code, kind);
  });
});
