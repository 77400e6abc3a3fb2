import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { Filter, READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INVITATIONS_COLLECTION, InvitationDocument } from '../interview-templates.projection';
import { dateRange, escapeRegex, ownerScope, sortOf } from './list-filters';
import { INVITATION_SORT, ListInvitationsQuery } from './list-invitations.query';

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
    const interviews = this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION);
    if (filter.interviewStatus) {
      // The status is the interview's: keep the invitations whose interview is in it, then page those.
      const interviewIds = (await collection.find(query)).map((i) => i.interviewId);
      const inStatus = await interviews.find({ _id: { $in: interviewIds }, status: filter.interviewStatus });
      query.interviewId = { $in: inStatus.map((i) => i.id) };
    }
    const sort = sortOf({ ...filter, sortBy: INVITATION_SORT[filter.sortBy] ?? filter.sortBy }, Object.values(INVITATION_SORT), 'sentAt');
    const [invitations, total] = await Promise.all([collection.find(query, { sort, skip, limit }), collection.count(query)]);
    const created = await interviews.find({ _id: { $in: invitations.map((i) => i.interviewId) } });
    const byId = new Map(created.map((i) => [i.id, i]));
    return { items: invitations.map((invitation) => ({ invitation, interview: byId.get(invitation.interviewId) ?? null })), total };
  }
}
