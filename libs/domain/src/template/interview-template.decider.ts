import { assertNever, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { CommandMetadata } from '../shared/event';
import { InterviewTemplateEvent, InterviewTemplateFields } from './interview-template.events';

type TemplateCommandOf<T extends string, D> = { readonly type: T; readonly data: D; readonly metadata: CommandMetadata };
export type CreateInterviewTemplate = TemplateCommandOf<'CreateInterviewTemplate', { templateId: string; ownerId: string; fields: InterviewTemplateFields }>;
export type UpdateInterviewTemplate = TemplateCommandOf<'UpdateInterviewTemplate', { templateId: string; changes: Partial<InterviewTemplateFields> }>;
export type DeleteInterviewTemplate = TemplateCommandOf<'DeleteInterviewTemplate', { templateId: string }>;
export type RecordInvitation = TemplateCommandOf<
  'RecordInvitation',
  { templateId: string; invitationId: string; interviewId: string; invitedBy: string; candidateEmail: string; candidateName: string | null; message: string | null; scheduledAt: string | null }
>;
export type InterviewTemplateCommand = CreateInterviewTemplate | UpdateInterviewTemplate | DeleteInterviewTemplate | RecordInvitation;

export interface InterviewTemplateState {
  readonly exists: boolean;
  readonly deleted: boolean;
  readonly ownerId: string | null;
  readonly fields: InterviewTemplateFields | null;
}

export const InterviewTemplateErrors = {
  notFound: () => new DomainError('TEMPLATE.NOT_FOUND', 'Interview template not found', 'not_found'),
  inactive: () => new DomainError('TEMPLATE.INACTIVE', 'The template is inactive: activate it before inviting candidates', 'conflict'),
  exists: () => new DomainError('TEMPLATE.EXISTS', 'The template already exists', 'conflict'),
};

export function decideInterviewTemplate(command: InterviewTemplateCommand, state: InterviewTemplateState): InterviewTemplateEvent[] {
  const now = command.metadata.now;
  if (command.type === 'CreateInterviewTemplate') {
    if (state.exists) throw InterviewTemplateErrors.exists();
    return [{ type: 'InterviewTemplateCreated', data: { ...command.data, createdAt: now } }];
  }
  if (!state.exists || state.deleted || !state.fields) throw InterviewTemplateErrors.notFound();
  switch (command.type) {
    case 'UpdateInterviewTemplate': {
      const fields = state.fields;
      // Only the fields that actually change are recorded; an unchanged PUT appends nothing.
      const changes = Object.fromEntries(
        Object.entries(command.data.changes).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(fields[k as keyof InterviewTemplateFields])),
      ) as Partial<InterviewTemplateFields>;
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'InterviewTemplateUpdated', data: { templateId: command.data.templateId, changes, updatedAt: now } }];
    }
    case 'DeleteInterviewTemplate':
      return [{ type: 'InterviewTemplateDeleted', data: { templateId: command.data.templateId, deletedAt: now } }];
    case 'RecordInvitation':
      if (!state.fields.isActive) throw InterviewTemplateErrors.inactive();
      return [{ type: 'InterviewInvitationSent', data: { ...command.data, templateTitle: state.fields.title, sentAt: now } }];
    default:
      return assertNever(command);
  }
}

export function evolveInterviewTemplate(state: InterviewTemplateState, event: InterviewTemplateEvent): InterviewTemplateState {
  switch (event.type) {
    case 'InterviewTemplateCreated':
      return { exists: true, deleted: false, ownerId: event.data.ownerId, fields: event.data.fields };
    case 'InterviewTemplateUpdated':
      return state.fields ? { ...state, fields: { ...state.fields, ...event.data.changes } } : state;
    case 'InterviewTemplateDeleted':
      return { ...state, deleted: true };
    case 'InterviewInvitationSent':
      return state;
    default:
      return assertNever(event);
  }
}

export const interviewTemplateDecider: Decider<InterviewTemplateState, InterviewTemplateCommand, InterviewTemplateEvent> = {
  initialState: () => ({ exists: false, deleted: false, ownerId: null, fields: null }),
  decide: decideInterviewTemplate,
  evolve: evolveInterviewTemplate,
};
