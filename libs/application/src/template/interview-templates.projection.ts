import { RecordedEvent } from '@candor/contracts';
import { InterviewInvitationSent, InterviewTemplateCreated, InterviewTemplateFields, InterviewTemplateUpdated } from '@candor/domain';
import { ProjectedDocument, Projection } from '../projections/projection';

export interface InterviewTemplateDocument extends ProjectedDocument, InterviewTemplateFields {
  id: string;
  ownerId: string;
  invitationCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface InvitationDocument extends ProjectedDocument {
  id: string;
  templateId: string;
  templateTitle: string;
  interviewId: string;
  invitedBy: string;
  candidateEmail: string;
  candidateName: string | null;
  message: string | null;
  scheduledAt: string | null;
  sentAt: string;
}

export const INTERVIEW_TEMPLATES_COLLECTION = 'interview_templates';
export const INVITATIONS_COLLECTION = 'interview_invitations';

const templateId = (event: RecordedEvent) => (event.data as { templateId: string }).templateId;

/** Templates as the list and detail routes show them; a deleted template leaves the read model. */
export const interviewTemplatesProjection: Projection<InterviewTemplateDocument> = {
  name: 'interview-templates',
  collection: INTERVIEW_TEMPLATES_COLLECTION,
  eventTypes: ['InterviewTemplateCreated', 'InterviewTemplateUpdated', 'InterviewTemplateDeleted', 'InterviewInvitationSent'],
  indexes: [{ keys: { ownerId: 1, createdAt: -1 } }],
  documentIds: (event) => [templateId(event)],
  evolve(doc, event) {
    switch (event.type) {
      case 'InterviewTemplateCreated': {
        const d = event.data as unknown as InterviewTemplateCreated['data'];
        return { _id: d.templateId, id: d.templateId, ownerId: d.ownerId, ...d.fields, invitationCount: 0, createdAt: d.createdAt, updatedAt: d.createdAt };
      }
      case 'InterviewTemplateUpdated': {
        const d = event.data as unknown as InterviewTemplateUpdated['data'];
        return doc ? { ...doc, ...d.changes, updatedAt: d.updatedAt } : doc;
      }
      case 'InterviewTemplateDeleted':
        return null;
      case 'InterviewInvitationSent':
        return doc ? { ...doc, invitationCount: doc.invitationCount + 1 } : doc;
      default:
        return doc;
    }
  },
};

/** One document per invitation sent from a template (S4 `GET /interviewer/interviews/invitations`). */
export const invitationsProjection: Projection<InvitationDocument> = {
  name: 'interview-invitations',
  collection: INVITATIONS_COLLECTION,
  eventTypes: ['InterviewInvitationSent'],
  indexes: [{ keys: { invitedBy: 1, sentAt: -1 } }],
  documentIds: (event) => [(event.data as { invitationId: string }).invitationId],
  evolve(_doc, event) {
    const d = event.data as unknown as InterviewInvitationSent['data'];
    return {
      _id: d.invitationId,
      id: d.invitationId,
      templateId: d.templateId,
      templateTitle: d.templateTitle,
      interviewId: d.interviewId,
      invitedBy: d.invitedBy,
      candidateEmail: d.candidateEmail,
      candidateName: d.candidateName,
      message: d.message,
      scheduledAt: d.scheduledAt,
      sentAt: d.sentAt,
    };
  },
};
