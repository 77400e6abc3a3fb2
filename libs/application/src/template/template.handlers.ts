import { CreateInterviewTemplateHandler } from './commands/create-interview-template.handler';
import { DeleteInterviewTemplateHandler } from './commands/delete-interview-template.handler';
import { InviteFromTemplateHandler } from './commands/invite-from-template.handler';
import { UpdateInterviewTemplateHandler } from './commands/update-interview-template.handler';
import { GetInterviewTemplateHandler } from './queries/get-interview-template.handler';
import { GetInvitationHandler } from './queries/get-invitation.handler';
import { ListInterviewTemplatesHandler } from './queries/list-interview-templates.handler';
import { ListInvitationsHandler } from './queries/list-invitations.handler';

/** The template context's handlers, spread into the application module. */
export const TEMPLATE_COMMAND_HANDLERS = [CreateInterviewTemplateHandler, UpdateInterviewTemplateHandler, DeleteInterviewTemplateHandler, InviteFromTemplateHandler];
export const TEMPLATE_QUERY_HANDLERS = [ListInterviewTemplatesHandler, GetInterviewTemplateHandler, ListInvitationsHandler, GetInvitationHandler];
