import { DomainEvent } from '../shared/event';

/** A reusable interview blueprint (S4 `/interviewer/interviews/*`); inviting a candidate creates an interview from it. */
export interface InterviewTemplateFields {
  readonly title: string;
  readonly description: string | null;
  readonly position: string | null;
  readonly jobDescription: string | null;
  readonly interviewType: string | null;
  readonly difficulty: string | null;
  readonly durationMinutes: number | null;
  readonly technologies: readonly string[];
  readonly questions: readonly string[];
  readonly isActive: boolean;
}

export type InterviewTemplateCreated = DomainEvent<
  'InterviewTemplateCreated',
  { readonly templateId: string; readonly ownerId: string; readonly fields: InterviewTemplateFields; readonly createdAt: string }
>;
export type InterviewTemplateUpdated = DomainEvent<
  'InterviewTemplateUpdated',
  { readonly templateId: string; readonly changes: Partial<InterviewTemplateFields>; readonly updatedAt: string }
>;
export type InterviewTemplateDeleted = DomainEvent<'InterviewTemplateDeleted', { readonly templateId: string; readonly deletedAt: string }>;
export type InterviewInvitationSent = DomainEvent<
  'InterviewInvitationSent',
  {
    readonly templateId: string;
    /** The template's title when the invitation was sent (the invitation list shows it even after a rename). */
    readonly templateTitle: string;
    readonly invitationId: string;
    readonly interviewId: string;
    readonly invitedBy: string;
    readonly candidateEmail: string;
    readonly candidateName: string | null;
    readonly message: string | null;
    readonly scheduledAt: string | null;
    readonly sentAt: string;
  }
>;

export type InterviewTemplateEvent = InterviewTemplateCreated | InterviewTemplateUpdated | InterviewTemplateDeleted | InterviewInvitationSent;

export const INTERVIEW_TEMPLATE_EVENT_TYPES: readonly InterviewTemplateEvent['type'][] = [
  'InterviewTemplateCreated',
  'InterviewTemplateUpdated',
  'InterviewTemplateDeleted',
  'InterviewInvitationSent',
];

export function interviewTemplateStreamId(templateId: string): string {
  return `template-${templateId}`;
}
