import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INVITATIONS_COLLECTION, InvitationDocument } from '../interview-templates.projection';
import { dateRange, escapeRegex, ownerScope, sortOf } from './list-filters';
import { ListInvitationsQuery } from './list-invitations.query';

const INVITATION_SORT: Record<string, string> = { created_at: 'sentAt', sent_at: 'sentAt', candidate_email: 'candidateEmail', scheduled_at: 'scheduledAt' };

@QueryHandler(ListInvitationsQuery)
export class ListInvitationsHandler implements IQueryHandler<ListInvitationsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ viewer, filter, skip, limit }: ListInvitationsQuery) {
    const search = filter.search ? new RegExp(escapeRegex(filter.search), 'i') : null;
    const query: Filter = {
      ...ownerScope(viewer, 'invitedBy'),
      ...(filter.templateId ? { templateId: filter.templateId } : {}),
      ...dateRange('sentAt', filter.dateFrom, filter.dateTo),
      ...(search ? { $or: [{ candidateEmail: search }, { candidateName: search }, { templateTitle: search }] } : {}),
    };
    const collection = this.reads.collection<InvitationDocument>(INVITATIONS_COLLECTION);
    const sort = sortOf({ ...filter, sortBy: INVITATION_SORT[filter.sortBy] ?? filter.sortBy }, Object.values(INVITATION_SORT), 'sentAt');
    const [invitations, total] = await Promise.all([collection.find(query, { sort, skip, limit }), collection.count(query)]);
    const interviews = await this.reads
      .collection<InterviewDocument>(INTERVIEWS_COLLECTION)
      .find({ _id: { $in: invitations.map((i) => i.interviewId) } });
    const byId = new Map(interviews.map((i) => [i.id, i]));
    return { items: invitations.map((invitation) => ({ invitation, interview: byId.get(invitation.interviewId) ?? null })), total };
  }
}
