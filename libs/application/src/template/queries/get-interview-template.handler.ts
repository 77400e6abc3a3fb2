import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError, InterviewTemplateErrors } from '@candor/domain';
import { isAdmin } from '../../identity/authenticated-user';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEW_TEMPLATES_COLLECTION, InterviewTemplateDocument } from '../interview-templates.projection';
import { GetInterviewTemplateQuery } from './get-interview-template.query';
import { UUID } from '../template-access';

@QueryHandler(GetInterviewTemplateQuery)
export class GetInterviewTemplateHandler implements IQueryHandler<GetInterviewTemplateQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ templateId, viewer }: GetInterviewTemplateQuery) {
    if (!UUID.test(templateId)) throw InterviewTemplateErrors.notFound();
    const doc = await this.reads.collection<InterviewTemplateDocument>(INTERVIEW_TEMPLATES_COLLECTION).findOne({ _id: templateId });
    if (!doc) throw InterviewTemplateErrors.notFound();
    if (doc.ownerId !== viewer.id && !isAdmin(viewer)) throw new DomainError('TEMPLATE.FORBIDDEN', 'Only the template owner or an administrator may see it', 'forbidden');
    return doc;
  }
}
